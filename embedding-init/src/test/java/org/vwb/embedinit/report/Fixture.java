package org.vwb.embedinit.report;

import java.util.ArrayList;
import java.util.List;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.Origin;
import org.vwb.embedinit.TokenInit;
import org.vwb.numeric.FloatMatrix;

/// A small patched-model stand-in: 400 anisotropic old rows of width 24 and 19 new rows whose verdicts
/// are known (mixtures, a copy and the mean inside by recipe; N(μ, 1e-5·Σ) inside; per-dimension N(μ, σ)
/// and fresh N(μ, Σ) draws outside), plus one padding row. Tokens include markup and CJK text.
final class Fixture {
    static final int OLD = 400;
    static final int DIM = 24;
    /// Methods of the new rows, in row order (the padding row has none).
    static final List<String> METHODS = List.of("mix", "mix", "mix", "mix", "copy", "mean", "gauss-1e-5",
            "gauss-1e-5", "gauss-1e-5", "gauss-1e-5", "per-dim", "per-dim", "per-dim", "per-dim", "fresh", "fresh",
            "fresh", "fresh");
    static final String MARKUP_TOKEN = "<b>&amp;\"x'</b>";

    final FloatMatrix oldInput = RowKinds.anisotropicBase(OLD, DIM, 11);
    final FloatMatrix oldOutput = RowKinds.anisotropicBase(OLD, DIM, 12);
    final List<NewRow> rows = new ArrayList<>();
    final List<String> oldTokens = new ArrayList<>();
    final List<TokenInit> provenance = new ArrayList<>();
    final FloatMatrix newInput;
    final FloatMatrix newOutput;

    Fixture() {
        for (int i = 0; i < OLD; i++) {
            oldTokens.add(i == 7 ? "<script>" : "▁old" + i);
        }
        for (int k = 0; k <= METHODS.size(); k++) {
            boolean padding = k == METHODS.size();
            String token = padding ? "" : k == 0 ? MARKUP_TOKEN : k == 1 ? "中文" : "新" + k;
            rows.add(new NewRow(OLD + k, token, padding));
        }
        newInput = rows(MatrixRole.INPUT, oldInput, 21);
        newOutput = rows(MatrixRole.OUTPUT, oldOutput, 22);
    }

    private FloatMatrix rows(MatrixRole role, FloatMatrix old, long seed) {
        RowKinds kinds = new RowKinds(old, seed);
        List<float[]> out = new ArrayList<>();
        for (int k = 0; k < METHODS.size(); k++) {
            int id = OLD + k;
            String m = METHODS.get(k);
            switch (m) {
                case "mix" -> {
                    int[] ids = new int[2 + k];
                    double[] w = new double[2 + k];
                    out.add(kinds.mixture(ids, w));
                    provenance.add(new TokenInit(id, role, m, Origin.MIXTURE, ids, w, "test mixture"));
                }
                case "copy" -> {
                    out.add(java.util.Arrays.copyOfRange(old.data(), 7 * DIM, 8 * DIM));
                    provenance.add(TokenInit.copy(id, role, m, 7, "copied"));
                }
                case "mean" -> {
                    out.add(kinds.mean());
                    provenance.add(new TokenInit(id, role, m, Origin.MEAN, new int[0], new double[0], "mean"));
                }
                default -> {
                    out.add(m.equals("gauss-1e-5") ? kinds.gaussian(1e-5) : m.equals("per-dim") ? kinds.perDimension()
                            : kinds.gaussian(1));
                    provenance.add(TokenInit.sampled(id, role, m, "drawn"));
                }
            }
        }
        out.add(new float[DIM]); // the padding row: zeros, as a resize leaves them
        float[] a = new float[out.size() * DIM];
        for (int i = 0; i < out.size(); i++) {
            System.arraycopy(out.get(i), 0, a, i * DIM, DIM);
        }
        return new FloatMatrix(out.size(), DIM, a);
    }

    DiagnosticsInput input(HeadMode head, DiagnosticsOptions options) {
        List<TokenInit> p = head == HeadMode.UNTIED ? provenance
                : provenance.stream().filter(t -> t.role() == MatrixRole.INPUT).toList();
        return new DiagnosticsInput(rows, oldTokens, oldInput, newInput, head == HeadMode.UNTIED ? oldOutput : null,
                head == HeadMode.UNTIED ? newOutput : null, head, p, options);
    }
}
