package org.vwb.embedinit.internal.vectors;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.Origin;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.internal.Mixtures;
import org.vwb.numeric.FloatMatrix;

/// Turns placements into rows for every matrix of the model: the weights were found once from static
/// vectors and apply to the input matrix and (untied) to the output matrix alike, each row mixing the rows
/// of its own matrix. Rows are mixed in parallel, each in `double` in a fixed order.
public final class MixtureRows {

    private MixtureRows() {
    }

    /// Mixes every placed token from the base rows of each role; unplaced tokens get zero rows and
    /// [Origin#UNPLACED] provenance.
    public static InitResult build(InitProblem problem, String method, List<Placement> placements) {
        Map<MatrixRole, FloatMatrix> rows = new EnumMap<>(MatrixRole.class);
        for (MatrixRole role : problem.roles()) {
            FloatMatrix source = problem.matrix(role);
            FloatMatrix out = FloatMatrix.zeros(placements.size(), problem.dim());
            IntStream.range(0, placements.size()).parallel().forEach(r -> {
                Placement p = placements.get(r);
                if (p.placed()) {
                    Mixtures.mix(source, p.ids(), p.weights(), out, r);
                }
            });
            rows.put(role, out);
        }
        return new InitResult(rows, null, provenance(problem, method, placements));
    }

    /// One record per token and role, in the order [InitResult] expects.
    public static List<TokenInit> provenance(InitProblem problem, String method, List<Placement> placements) {
        List<TokenInit> out = new ArrayList<>();
        for (MatrixRole role : problem.roles()) {
            for (int r = 0; r < placements.size(); r++) {
                NewToken t = problem.tokens().get(r);
                Placement p = placements.get(r);
                if (!p.placed()) {
                    out.add(TokenInit.unplaced(t.id(), role, method, p.note()));
                } else if (p.copy()) {
                    out.add(TokenInit.copy(t.id(), role, method, p.ids()[0], p.note()));
                } else {
                    out.add(new TokenInit(t.id(), role, method, Origin.MIXTURE, p.ids(), p.weights(), p.note()));
                }
            }
        }
        return out;
    }
}
