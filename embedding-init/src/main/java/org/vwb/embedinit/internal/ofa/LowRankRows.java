package org.vwb.embedinit.internal.ofa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.internal.vectors.MixtureRows;
import org.vwb.embedinit.internal.vectors.Placement;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.Svd;

/// OFA's factorised rows (METHODS §2(b) step 2): a thin SVD of the anchor rows `E_A = U Σ Vᵀ` gives source
/// coordinates `C_s = U_k` and the primitive matrix `P = Σ_k V_kᵀ`; a new token's coordinates are
/// `c = Σ α_n C_s[n]` and its row `c · P`.
///
/// The row therefore equals `Σ α_n (U_k Σ_k V_kᵀ)[n]`: a convex combination of the **rank-k approximated**
/// source rows, not of `E_s` itself. The recorded weights certify hull membership with respect to the
/// approximation only, and the provenance note says so; the hull diagnostics re-check the reconstruction
/// against the real rows and fall back to solving where it does not hold. Only anchor rows enter the
/// SVD, so held-out rows cannot leak into the basis.
final class LowRankRows {

    private LowRankRows() {
    }

    /// Rows `c · P` for every role, from a separate SVD of that role's anchor rows; unplaced tokens get zeros.
    static InitResult build(InitProblem problem, String method, List<Placement> placements, int rank,
                            JobContext ctx) {
        int[] anchors = problem.anchorIds();
        int[] pos = new int[problem.input().rows()];
        Arrays.fill(pos, -1);
        for (int i = 0; i < anchors.length; i++) {
            pos[anchors[i]] = i;
        }
        String note = "rank-" + rank + " OFA: mixture of the rank-" + rank + " approximated source rows (C·P),"
                + " not of the rows themselves; the weights certify the hull of the approximation only";
        List<Placement> noted = new ArrayList<>();
        for (Placement p : placements) {
            noted.add(p.placed() ? Placement.mixture(p.ids(), p.weights(), p.note() + "; " + note) : p);
        }
        Map<MatrixRole, FloatMatrix> rows = new EnumMap<>(MatrixRole.class);
        for (MatrixRole role : problem.roles()) {
            ctx.cancellation().check();
            ctx.progress().begin("SVD of the " + anchors.length + " anchor rows of the " + role.label() + " matrix", -1);
            FloatMatrix e = select(problem.matrix(role), anchors);
            Svd svd = problem.algebra().svd(e);
            FloatMatrix coords = coordinates(placements, svd.u(), rank, pos);
            rows.put(role, problem.algebra().gemm(coords, primitive(svd, rank), false, false));
        }
        return new InitResult(rows, null, MixtureRows.provenance(problem, method, noted));
    }

    /// `c_t = Σ α_n U_k[pos(n)]`, accumulated in `double`, one row per token.
    static FloatMatrix coordinates(List<Placement> placements, FloatMatrix u, int k, int[] pos) {
        int width = u.cols();
        float[] ud = u.data();
        float[] out = new float[placements.size() * k];
        IntStream.range(0, placements.size()).parallel().forEach(r -> {
            Placement p = placements.get(r);
            double[] acc = new double[k];
            for (int i = 0; i < p.ids().length; i++) {
                int row = pos[p.ids()[i]] * width;
                for (int j = 0; j < k; j++) {
                    acc[j] += p.weights()[i] * ud[row + j];
                }
            }
            for (int j = 0; j < k; j++) {
                out[r * k + j] = (float) acc[j];
            }
        });
        return new FloatMatrix(placements.size(), k, out);
    }

    /// `P = Σ_k V_kᵀ` (`k × d`).
    static FloatMatrix primitive(Svd svd, int k) {
        int d = svd.vt().cols();
        float[] vt = svd.vt().data();
        float[] p = new float[k * d];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < d; j++) {
                p[i * d + j] = svd.s()[i] * vt[i * d + j];
            }
        }
        return new FloatMatrix(k, d, p);
    }

    private static FloatMatrix select(FloatMatrix m, int[] ids) {
        int d = m.cols();
        float[] out = new float[ids.length * d];
        for (int i = 0; i < ids.length; i++) {
            System.arraycopy(m.data(), ids[i] * d, out, i * d, d);
        }
        return new FloatMatrix(ids.length, d, out);
    }
}
