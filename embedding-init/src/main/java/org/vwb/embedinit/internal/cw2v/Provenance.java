package org.vwb.embedinit.internal.cw2v;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vwb.embedinit.Cw2v;
import org.vwb.embedinit.Cw2vOptions;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.Origin;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.internal.Mixtures;
import org.vwb.numeric.FloatMatrix;

/// Turns trained mixtures into the strategy's result: each row is recomputed from exactly the weights
/// it records (`Σ w_k·E[id_k]`, accumulated in double), so the provenance reproduces the row.
final class Provenance {

    private Provenance() {
    }

    /// @param in  the trained input mixtures, or `null` when nothing was trained
    /// @param out the trained output mixtures (untied models), or `null`
    /// @param why a reason that applies to every token (e.g. no anchors), or `null`
    static InitResult result(InitProblem problem, TrainingSet set, MixedRows in, MixedRows out, Cw2vOptions o,
                             String why) {
        int n = problem.tokens().size();
        Map<MatrixRole, FloatMatrix> rows = new EnumMap<>(MatrixRole.class);
        List<TokenInit> provenance = new ArrayList<>();
        for (MatrixRole role : problem.roles()) {
            MixedRows mixed = role == MatrixRole.INPUT ? in : out;
            FloatMatrix matrix = FloatMatrix.zeros(n, problem.dim());
            for (int j = 0; j < n; j++) {
                NewToken token = problem.tokens().get(j);
                int t = set.slotOfToken[j];
                if (mixed == null || t < 0) {
                    provenance.add(TokenInit.unplaced(token.id(), role, Cw2v.NAME,
                            why != null ? why : unplacedReason(set, j, o)));
                    continue;
                }
                Mixture mixture = mixed.mixture;
                double[] weights = new double[mixture.width()];
                mixture.probabilities(t, weights);
                int[] ids = new int[weights.length];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = mixture.candidate(t, k);
                }
                Mixtures.mix(problem.matrix(role), ids, weights, matrix, j);
                provenance.add(new TokenInit(token.id(), role, Cw2v.NAME, Origin.MIXTURE, ids, weights,
                        "cw2v " + o.form().label() + ": " + set.tokenCounts[j] + " occurrences, " + ids.length
                                + " candidates, " + o.epochs() + " epochs"));
            }
            rows.put(role, matrix);
        }
        return new InitResult(rows, null, provenance);
    }

    private static String unplacedReason(TrainingSet set, int j, Cw2vOptions o) {
        long c = set.tokenCounts[j];
        if (c == 0) {
            return "cw2v: not in the corpus " + o.corpus().getFileName();
        }
        if (c < o.minCount()) {
            return "cw2v: " + c + " occurrences in the corpus, below min-count " + o.minCount();
        }
        return "cw2v: occurs only in lines without another usable token";
    }
}
