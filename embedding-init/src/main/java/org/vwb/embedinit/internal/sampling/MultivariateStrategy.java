package org.vwb.embedinit.internal.sampling;

import java.util.List;
import java.util.stream.IntStream;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.OptionSpec;
import org.vwb.embedinit.StrategyOptions;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.internal.subword.ResultBuilder;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Hewitt's sampling variant and CW2V's "multivariate" baseline (METHODS §5.3, §3): every new row is
/// drawn from `N(μ, s·Σ)` fitted to the anchor rows (or all rows) of the matrix it goes into; an
/// untied lm_head gets its own `μ` and `Σ`. Each token's `z` comes from its own stream ([TokenRandom]),
/// and the product `F·z` is one GEMM per block of tokens. Provenance SAMPLED.
public final class MultivariateStrategy implements InitStrategy {

    /// The strategy's name.
    public static final String NAME = "multivariate";
    /// Its options.
    public static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.of("scale", OptionSpec.Type.DOUBLE, "1e-5", "covariance scale s in N(mu, s*Sigma); "
                    + "Hewitt and CW2V use 1e-5, HF mean_resizing 1e-9"),
            OptionSpec.choice("rows", "anchors", "rows the mean and covariance are taken over: the anchors "
                    + "(well-trained rows) or every base row", "anchors", "all"),
            OptionSpec.of("eigen-floor", OptionSpec.Type.DOUBLE, "1e-6", "when Sigma is not positive definite, "
                    + "eigenvalues below this fraction of the largest are raised to it"));

    /// Tokens per sampling GEMM (bounds the `z` block to `BLOCK × d` floats).
    static final int BLOCK = 1024;

    private final double scale;
    private final boolean allRows;
    private final double floor;

    /// A strategy with covariance scale `scale`, over all rows or the anchors, and eigenvalue floor `floor`.
    public MultivariateStrategy(double scale, boolean allRows, double floor) {
        this.scale = scale;
        this.allRows = allRows;
        this.floor = floor;
    }

    /// Builds the strategy from validated options.
    ///
    /// @throws InitInputException BAD_OPTION for a negative scale or a floor outside `[0, 1]`
    public static MultivariateStrategy create(StrategyOptions o) throws InitInputException {
        return new MultivariateStrategy(o.real("scale", 0, 1e6), o.string("rows").equals("all"),
                o.real("eigen-floor", 0, 1));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InitResult initialize(InitProblem problem, JobContext context) throws InitInputException {
        int[] ids = allRows ? IntStream.range(0, problem.input().rows()).toArray() : problem.anchorIds();
        if (ids.length == 0) {
            throw new InitInputException(InitInputException.Reason.UNPLACED,
                    NAME + ": no anchor rows to fit the mean and covariance to");
        }
        ResultBuilder out = new ResultBuilder(problem);
        for (MatrixRole role : problem.roles()) {
            context.progress().begin(NAME + ": covariance of the " + role.label() + " matrix", -1);
            context.cancellation().check();
            Gaussian g = Gaussian.fit(problem.matrix(role), ids, scale, floor, problem.algebra());
            String note = "N(mu, " + (float) scale + "·Sigma) over " + ids.length + (allRows ? " base" : " anchor")
                    + " rows; " + g.how();
            sample(problem, role, g, note, out, context);
        }
        return out.build();
    }

    private static void sample(InitProblem problem, MatrixRole role, Gaussian g, String note, ResultBuilder out,
                               JobContext context) {
        int n = problem.tokens().size();
        int d = problem.dim();
        float[] rows = out.rows(role).data();
        context.progress().begin(NAME + ": sampling " + role.label() + " rows", n);
        for (int start = 0; start < n; start += BLOCK) {
            context.cancellation().check();
            int b = Math.min(BLOCK, n - start);
            float[] z = new float[b * d];
            for (int i = 0; i < b; i++) {
                int id = problem.tokens().get(start + i).id();
                TokenRandom.gaussians(TokenRandom.of(problem.seed(), id, role), z, i * d, d);
                out.record(start + i, TokenInit.sampled(id, role, NAME, note));
            }
            float[] noise = g.factor() == null ? new float[b * d] : times(problem.algebra(), z, b, g.factor());
            for (int i = 0; i < b; i++) {
                for (int j = 0; j < d; j++) {
                    rows[(start + i) * d + j] = (float) (g.mean()[j] + noise[i * d + j]);
                }
            }
            context.progress().advance(b);
        }
    }

    /// Rows `F·z_i`, i.e. `Z · Fᵀ`.
    private static float[] times(LinearAlgebra algebra, float[] z, int b, FloatMatrix f) {
        return algebra.gemm(new FloatMatrix(b, f.rows(), z), f, false, true).data();
    }
}
