package org.vwb.embedinit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vwb.common.JobContext;
import org.vwb.embedinit.internal.Mixtures;
import org.vwb.embedinit.internal.SpecialTokens;
import org.vwb.numeric.FloatMatrix;

/// Runs a strategy the way every method needs it run: tokens whose piece the base already has are
/// copied, special tokens are matched by role, the strategy places the rest, and whatever it could not
/// place goes to the fallback (by default `mean`). The lm_head bias follows each row's provenance.
public final class Initializer {

    private Initializer() {
    }

    /// Initialises every token of `problem`.
    ///
    /// @param strategy    the method
    /// @param fallback    the method for tokens `strategy` leaves unplaced; must place everything
    /// @param copyOverlap whether tokens whose stored piece exists in the base are copied
    /// @throws InitInputException for non-finite base rows or tokens nobody could place
    public static InitResult run(InitProblem problem, InitStrategy strategy, InitStrategy fallback,
                                 boolean copyOverlap, JobContext context) throws IOException {
        checkFinite(problem);
        int n = problem.tokens().size();
        if (n == 0) {
            return new InitResult(Map.of(), problem.outputBias() == null ? null : new float[0], List.of());
        }
        // Allocated when first written to: when the strategy places every token, its own result
        // matrices become the rows (a 7B expansion by 20,000 tokens saves zeroing and copying 655 MB).
        Map<MatrixRole, FloatMatrix> rows = new EnumMap<>(MatrixRole.class);
        TokenInit[][] prov = new TokenInit[problem.roles().size()][n];
        List<Integer> rest = copyKnown(problem, copyOverlap, rows, prov);
        List<Integer> unplaced = place(problem, strategy, rest, rows, prov, context);
        List<Integer> left = place(problem, fallback, unplaced, rows, prov, context);
        problem.roles().forEach(role -> rows(problem, rows, role));
        if (!left.isEmpty()) {
            NewToken t = problem.tokens().get(left.get(0));
            throw new InitInputException(InitInputException.Reason.UNPLACED, left.size() + " tokens placed neither by "
                    + strategy.name() + " nor by the fallback " + fallback.name() + ", e.g. id " + t.id()
                    + " '" + t.piece() + "'");
        }
        List<TokenInit> provenance = new ArrayList<>();
        for (TokenInit[] perRole : prov) {
            provenance.addAll(List.of(perRole));
        }
        return new InitResult(rows, bias(problem, prov[prov.length - 1]), provenance);
    }

    /// The rows of `role`, allocated (zeros) at first use.
    private static FloatMatrix rows(InitProblem p, Map<MatrixRole, FloatMatrix> rows, MatrixRole role) {
        return rows.computeIfAbsent(role, _ -> FloatMatrix.zeros(p.tokens().size(), p.dim()));
    }

    private static List<Integer> copyKnown(InitProblem p, boolean copyOverlap, Map<MatrixRole, FloatMatrix> rows,
                                           TokenInit[][] prov) {
        Map<String, Integer> byPiece = new HashMap<>();
        Map<String, Integer> byRole = new HashMap<>();
        for (int id = p.base().size() - 1; id >= 0; id--) {
            byPiece.put(p.base().piece(id), id);
            String role = SpecialTokens.role(p.base().piece(id), p.base().tokenKind(id));
            if (role != null) {
                byRole.put(role, id);
            }
        }
        List<Integer> rest = new ArrayList<>();
        for (int r = 0; r < p.tokens().size(); r++) {
            NewToken t = p.tokens().get(r);
            String role = t.id() < p.target().size()
                    ? SpecialTokens.role(t.piece(), p.target().tokenKind(t.id())) : null;
            Integer source = role != null ? byRole.get(role) : null;
            String note = role != null ? "special token, role " + role : "piece exists in the base";
            if (source == null && copyOverlap && !t.piece().isEmpty()) {
                source = byPiece.get(t.piece());
            }
            if (source == null || source >= p.input().rows()) {
                rest.add(r);
                continue;
            }
            for (int k = 0; k < p.roles().size(); k++) {
                MatrixRole m = p.roles().get(k);
                Mixtures.copy(p.matrix(m), source, rows(p, rows, m), r);
                prov[k][r] = TokenInit.copy(t.id(), m, "copy", source, note);
            }
        }
        return rest;
    }

    private static List<Integer> place(InitProblem p, InitStrategy strategy, List<Integer> which,
                                       Map<MatrixRole, FloatMatrix> rows, TokenInit[][] prov, JobContext context)
            throws IOException {
        if (which.isEmpty()) {
            return List.of();
        }
        List<NewToken> tokens = which.stream().map(p.tokens()::get).toList();
        InitResult result = strategy.initialize(p.withTokens(tokens), context);
        List<Integer> unplaced = new ArrayList<>();
        for (int k = 0; k < p.roles().size(); k++) {
            MatrixRole m = p.roles().get(k);
            FloatMatrix got = result.rows(m);
            List<TokenInit> made = result.provenance(m);
            if (got.rows() != tokens.size() || got.cols() != p.dim() || made.size() != tokens.size()) {
                throw new IllegalStateException(strategy.name() + " returned " + got.rows() + " × " + got.cols()
                        + " " + m.label() + " rows and " + made.size() + " records for " + tokens.size() + " tokens");
            }
            // `which` holds every token, i.e. 0 .. n-1 in order: adopt the result (unless another role
            // already holds the very same matrix, which the fallback would then write into twice).
            boolean all = which.size() == p.tokens().size();
            if (all && !rows.containsKey(m) && rows.values().stream().noneMatch(v -> v == got)) {
                rows.put(m, got);
            }
            for (int i = 0; i < tokens.size(); i++) {
                int r = which.get(i);
                if (rows.get(m) != got) {
                    System.arraycopy(got.data(), i * p.dim(), rows(p, rows, m).data(), r * p.dim(), p.dim());
                }
                prov[k][r] = made.get(i);
                if (made.get(i).origin() == Origin.UNPLACED && (k == 0 || !unplaced.contains(r))) {
                    unplaced.add(r);
                }
            }
        }
        return unplaced.stream().distinct().sorted().toList();
    }

    /// The bias of each new token follows its head row: a copy or mixture carries the same weights over
    /// the base bias, a mean or a sample gets the anchors' mean bias (as HF's `mean_resizing` does up to
    /// noise of std 1e-9·σ).
    private static float[] bias(InitProblem p, TokenInit[] head) {
        if (p.outputBias() == null) {
            return null;
        }
        float meanBias = (float) mean(p.outputBias(), p.anchorIds());
        float[] out = new float[head.length];
        for (int r = 0; r < head.length; r++) {
            TokenInit t = head[r];
            boolean weighted = t.origin() == Origin.COPIED || t.origin() == Origin.MIXTURE;
            out[r] = weighted ? Mixtures.bias(p.outputBias(), t.sourceIds(), t.weights()) : meanBias;
        }
        return out;
    }

    private static double mean(float[] values, int[] ids) {
        double s = 0;
        for (int id : ids) {
            s += values[id];
        }
        return ids.length == 0 ? 0 : s / ids.length;
    }

    private static void checkFinite(InitProblem p) throws InitInputException {
        for (MatrixRole role : p.roles()) {
            float[] d = p.matrix(role).data();
            for (int i = 0; i < d.length; i++) {
                if (!Float.isFinite(d[i])) {
                    throw new InitInputException(InitInputException.Reason.NOT_FINITE, "base " + role.label()
                            + " matrix: row " + (i / p.dim()) + ", column " + (i % p.dim()) + " is " + d[i]
                            + "; expected finite values");
                }
            }
        }
    }
}
