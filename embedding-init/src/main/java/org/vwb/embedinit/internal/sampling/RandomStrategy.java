package org.vwb.embedinit.internal.sampling;

import java.util.List;
import java.util.SplittableRandom;
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

/// Random rows: `N(0, σ²)` in every dimension (HF's `_init_weights` with `initializer_range`, the
/// Chinese-LLaMA-era default), or `N(μ_j, σ_j²)` per dimension (the univariate fallback of WECHSEL,
/// FOCUS and CW2V's baseline). Every row is drawn from its own stream ([TokenRandom]).
///
/// `σ` is the `sigma` option when given (pass the model config's `initializer_range`), otherwise the
/// standard deviation of all entries of the anchor rows of the matrix being filled. Provenance SAMPLED.
public final class RandomStrategy implements InitStrategy {

    /// The strategy's name.
    public static final String NAME = "random";
    /// Its options.
    public static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.choice("mode", "isotropic", "isotropic: N(0, sigma) in every dimension; per-dimension: "
                    + "N(mean_j, std_j) of the anchor rows", "isotropic", "per-dimension"),
            OptionSpec.of("sigma", OptionSpec.Type.DOUBLE, "", "standard deviation for mode=isotropic, e.g. the "
                    + "config's initializer_range; empty: the std of the anchor rows' entries"));

    private final boolean perDimension;
    private final double sigma;

    /// A strategy; `sigma <= 0` means "from the matrix".
    public RandomStrategy(boolean perDimension, double sigma) {
        this.perDimension = perDimension;
        this.sigma = sigma;
    }

    /// Builds the strategy from validated options.
    ///
    /// @throws InitInputException BAD_OPTION for `sigma <= 0`, or `sigma` with `mode=per-dimension`
    public static RandomStrategy create(StrategyOptions o) throws InitInputException {
        boolean perDimension = o.string("mode").equals("per-dimension");
        if (o.string("sigma").isBlank()) {
            return new RandomStrategy(perDimension, 0);
        }
        double s = o.real("sigma", 0, Double.MAX_VALUE);
        if (s == 0 || perDimension) {
            throw new InitInputException(InitInputException.Reason.BAD_OPTION, "method " + NAME + ", option sigma: "
                    + (perDimension ? "applies to mode=isotropic only (per-dimension uses each column's std)"
                    : "expected a number > 0, found " + o.string("sigma")));
        }
        return new RandomStrategy(false, s);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InitResult initialize(InitProblem problem, JobContext context) throws InitInputException {
        int[] anchors = problem.anchorIds();
        if (anchors.length == 0 && (perDimension || sigma <= 0)) {
            throw new InitInputException(InitInputException.Reason.UNPLACED,
                    NAME + ": no anchor rows to take the spread from, and no sigma option given");
        }
        ResultBuilder out = new ResultBuilder(problem);
        for (MatrixRole role : problem.roles()) {
            context.cancellation().check();
            FloatMatrix m = problem.matrix(role);
            int d = problem.dim();
            double[] mean = new double[d];
            double[] std = new double[d];
            String note;
            if (perDimension) {
                mean = RowStatistics.mean(m, anchors);
                std = RowStatistics.columnStd(m, anchors, mean);
                note = "N(mean_j, std_j) per dimension over " + anchors.length + " anchor rows";
            } else {
                double s = sigma > 0 ? sigma : RowStatistics.pooledStd(m, anchors);
                java.util.Arrays.fill(std, s);
                note = "N(0, " + (float) s + ")" + (sigma > 0 ? " (sigma option)"
                        : " (std of the entries of " + anchors.length + " anchor rows)");
            }
            fill(problem, role, mean, std, note, out);
        }
        return out.build();
    }

    private static void fill(InitProblem problem, MatrixRole role, double[] mean, double[] std, String note,
                             ResultBuilder out) {
        int d = problem.dim();
        float[] rows = out.rows(role).data();
        for (int r = 0; r < problem.tokens().size(); r++) {
            int id = problem.tokens().get(r).id();
            SplittableRandom rng = TokenRandom.of(problem.seed(), id, role);
            for (int j = 0; j < d; j++) {
                rows[r * d + j] = (float) (mean[j] + std[j] * rng.nextGaussian());
            }
            out.record(r, TokenInit.sampled(id, role, NAME, note));
        }
    }
}
