package org.vwb.embedinit.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.TokenInit;
import org.vwb.numeric.FloatMatrix;

/// Hewitt's recommendation (METHODS §5.3): every new row is the mean of the anchor rows of its matrix,
/// which bounds the KL divergence between the old and the expanded model's next-token distributions by
/// `log(1 + n/|V|)`. Output rows are the mean of the output matrix's anchors, never of the input's.
public final class MeanStrategy implements InitStrategy {

    /// The strategy's name.
    public static final String NAME = "mean";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InitResult initialize(InitProblem problem, JobContext context) throws InitInputException {
        int[] anchors = problem.anchorIds();
        if (anchors.length == 0) {
            throw new InitInputException(InitInputException.Reason.UNPLACED,
                    "mean: no anchor rows to average (every base row was excluded)");
        }
        int n = problem.tokens().size();
        Map<MatrixRole, FloatMatrix> rows = new EnumMap<>(MatrixRole.class);
        List<TokenInit> provenance = new ArrayList<>();
        String note = "mean of " + anchors.length + " anchor rows";
        for (MatrixRole role : problem.roles()) {
            context.cancellation().check();
            double[] mean = Mixtures.mean(problem.matrix(role), anchors);
            FloatMatrix out = FloatMatrix.zeros(n, problem.dim());
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < mean.length; j++) {
                    out.data()[r * mean.length + j] = (float) mean[j];
                }
                provenance.add(new TokenInit(problem.tokens().get(r).id(), role, NAME,
                        org.vwb.embedinit.Origin.MEAN, new int[0], new double[0], note));
            }
            rows.put(role, out);
        }
        return new InitResult(rows, null, provenance);
    }
}
