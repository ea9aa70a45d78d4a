package org.vwb.embedinit.diagnostics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Accelerated projected gradient (FISTA) on the simplex for `min ½‖Ẽᵀλ − q̃‖²` in whitened space,
/// batched over queries so each iteration is two GEMMs: `X = Λ·Ẽ` (batch × d) and `S = R·Ẽᵀ` with
/// `R = X − Q̃` (batch × N) — `S`'s row is the gradient at `λ_k`, and by linearity the gradient at the
/// momentum point is `S_k + β(S_k − S_{k−1})`, so no third GEMM is needed (METHODS.md §6.2).
///
/// Every iterate is checked: `r = x̃ − q̃`; inside when the original residual `‖r ∘ scales‖` is at most
/// the tolerance; outside candidate when `ã = −r` separates, i.e. `min_i S_i − rᵀq̃ > 0` (this margin equals
/// Frank–Wolfe's `f − gap` plus `½‖r‖²`, so it certifies whenever the gap certificate does). Candidates
/// are verified exactly in the original space by the caller.
final class BatchedFista {
    private final LinearAlgebra la;
    private final FloatMatrix base;
    private final double[] scales;
    private final double lipschitz;
    private final double tolerance;
    private final double minMargin;

    /// @param base      whitened base `Ẽ` (N × d), `ẼᵀẼ ≤ (N − 1)·I`
    /// @param scales    per whitened axis, original length per unit ([Whitening#scales()])
    /// @param tolerance inside tolerance on the original residual
    /// @param minMargin smallest original-space margin accepted as an outside candidate
    BatchedFista(LinearAlgebra la, FloatMatrix base, double[] scales, double tolerance, double minMargin) {
        this.la = la;
        this.base = base;
        this.scales = scales;
        this.lipschitz = 1.01 * (base.rows() - 1);
        this.tolerance = tolerance;
        this.minMargin = minMargin;
    }

    /// Runs until every row is decided or `maxIterations` steps were taken; rows are whitened queries.
    List<FistaRow> solve(FloatMatrix queries, int maxIterations) {
        int n = base.rows();
        List<FistaRow> all = new ArrayList<>();
        for (int b = 0; b < queries.rows(); b++) {
            all.add(new FistaRow(b, n));
        }
        List<FistaRow> active = new ArrayList<>(all);
        ThreadLocal<int[]> scratch = ThreadLocal.withInitial(() -> new int[n]);
        while (!active.isEmpty()) {
            List<FistaRow> rows = active;
            FloatMatrix lambdas = stack(rows, n);
            FloatMatrix residuals = la.gemm(lambdas, base, false, false);
            FloatMatrix q = Rows.select(queries, rows.stream().mapToInt(r -> r.query).toArray());
            float[] rd = residuals.data();
            for (int i = 0; i < rd.length; i++) {
                rd[i] -= q.data()[i];
            }
            FloatMatrix scores = la.gemm(residuals, base, false, true);
            IntStream.range(0, rows.size()).parallel().forEach(k -> {
                FistaRow row = rows.get(k);
                float[] s = new float[n];
                System.arraycopy(scores.data(), k * n, s, 0, n);
                row.scores = s;
                evaluate(row, residuals, q, k, s);
                if (row.status == FistaRow.Status.RUNNING && row.iterations >= maxIterations) {
                    row.status = FistaRow.Status.UNDECIDED;
                }
                if (row.status == FistaRow.Status.RUNNING) {
                    row.step(lipschitz, scratch.get());
                } else {
                    row.lambdaPrev = null;
                    row.scores = null;
                    row.scoresPrev = null;
                }
            });
            active = rows.stream().filter(r -> r.status == FistaRow.Status.RUNNING).toList();
        }
        return all;
    }

    private void evaluate(FistaRow row, FloatMatrix residuals, FloatMatrix q, int k, float[] s) {
        int d = base.cols();
        float[] r = residuals.data();
        double original = 0;
        double directionNorm = 0;
        double rq = 0;
        for (int j = 0; j < d; j++) {
            double v = r[k * d + j];
            original += v * v * scales[j] * scales[j];
            directionNorm += v * v / (scales[j] * scales[j]);
            rq += v * q.data()[k * d + j];
        }
        original = Math.sqrt(original);
        if (original < row.bestResidual) {
            row.bestResidual = original;
            row.bestLambda = row.lambda;
        }
        if (original <= tolerance) {
            row.status = FistaRow.Status.INSIDE;
            return;
        }
        float min = Float.POSITIVE_INFINITY;
        for (float v : s) {
            min = Math.min(min, v);
        }
        double margin = (min - rq) / Math.sqrt(directionNorm);
        if (margin > row.bestMargin) {
            row.bestMargin = margin;
            float[] dir = new float[d];
            for (int j = 0; j < d; j++) {
                dir[j] = -r[k * d + j];
            }
            row.bestDirection = dir;
        }
        if (margin > minMargin) {
            row.status = FistaRow.Status.OUTSIDE;
        }
    }

    private static FloatMatrix stack(List<FistaRow> rows, int n) {
        float[] data = new float[rows.size() * n];
        for (int k = 0; k < rows.size(); k++) {
            System.arraycopy(rows.get(k).lambda, 0, data, k * n, n);
        }
        return new FloatMatrix(rows.size(), n, data);
    }
}
