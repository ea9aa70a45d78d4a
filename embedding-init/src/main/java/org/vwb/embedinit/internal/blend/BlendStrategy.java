package org.vwb.embedinit.internal.blend;

import java.io.IOException;
import java.util.List;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.OptionSpec;
import org.vwb.embedinit.Origin;
import org.vwb.embedinit.Strategies;
import org.vwb.embedinit.StrategyOptions;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.internal.subword.ResultBuilder;
import org.vwb.numeric.FloatMatrix;

/// A weighted mix of two strategies' rows, `w·a + (1 − w)·b`, per matrix. Both run on the same
/// problem. A token one of them leaves unplaced takes the other's row (and record, with a note); a token
/// neither places stays unplaced. Provenance: see [BlendedProvenance].
public final class BlendStrategy implements InitStrategy {

    /// The strategy's name.
    public static final String NAME = "blend";
    /// Its options.
    public static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.of("a", OptionSpec.Type.STRING, null, "the first method (e.g. fvt)"),
            OptionSpec.of("b", OptionSpec.Type.STRING, null, "the second method (e.g. wechsel)"),
            OptionSpec.of("weight", OptionSpec.Type.DOUBLE, "0.5", "weight of a's rows, in [0, 1]"),
            OptionSpec.of("a.*", OptionSpec.Type.STRING, "", "options of a, prefixed: a.weighting=length"),
            OptionSpec.of("b.*", OptionSpec.Type.STRING, "", "options of b, prefixed: b.vectors=…"));

    private final InitStrategy a;
    private final InitStrategy b;
    private final double weight;

    /// The blend `weight·a + (1 − weight)·b`.
    public BlendStrategy(InitStrategy a, InitStrategy b, double weight) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("blend weight must lie in [0, 1], found " + weight);
        }
        this.a = a;
        this.b = b;
        this.weight = weight;
    }

    /// Builds both parts from their prefixed options.
    ///
    /// @throws InitInputException for an unknown part method, a bad part option or a weight outside [0, 1]
    public static BlendStrategy create(StrategyOptions o) throws InitInputException {
        double w = o.real("weight", 0, 1);
        return new BlendStrategy(Strategies.create(o.string("a"), o.prefixed("a")),
                Strategies.create(o.string("b"), o.prefixed("b")), w);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InitResult initialize(InitProblem problem, JobContext context) throws IOException {
        InitResult ra = a.initialize(problem, context);
        InitResult rb = b.initialize(problem, context);
        ResultBuilder out = new ResultBuilder(problem);
        String label = (float) weight + "·" + a.name() + " + " + (float) (1 - weight) + "·" + b.name();
        for (MatrixRole role : problem.roles()) {
            context.cancellation().check();
            List<TokenInit> pa = ra.provenance(role);
            List<TokenInit> pb = rb.provenance(role);
            for (int r = 0; r < problem.tokens().size(); r++) {
                TokenInit x = pa.get(r);
                TokenInit y = pb.get(r);
                boolean aPlaced = x.origin() != Origin.UNPLACED;
                boolean bPlaced = y.origin() != Origin.UNPLACED;
                if (!aPlaced && !bPlaced) {
                    out.record(r, TokenInit.unplaced(x.id(), role, NAME, "neither " + a.name() + " nor " + b.name()
                            + " placed it"));
                } else if (aPlaced && (!bPlaced || weight == 1)) {
                    copyRow(ra.rows(role), r, out.rows(role));
                    out.record(r, BlendedProvenance.only(x, bPlaced ? label
                            : a.name() + "'s row alone: " + b.name() + " could not place it"));
                } else if (!aPlaced || weight == 0) {
                    copyRow(rb.rows(role), r, out.rows(role));
                    out.record(r, BlendedProvenance.only(y, aPlaced ? label
                            : b.name() + "'s row alone: " + a.name() + " could not place it"));
                } else {
                    mixRows(ra.rows(role), rb.rows(role), r, out.rows(role));
                    out.record(r, BlendedProvenance.of(x, y, weight, label));
                }
            }
        }
        return out.build();
    }

    private static void copyRow(FloatMatrix from, int r, FloatMatrix to) {
        int d = to.cols();
        System.arraycopy(from.data(), r * d, to.data(), r * d, d);
    }

    private void mixRows(FloatMatrix x, FloatMatrix y, int r, FloatMatrix to) {
        int d = to.cols();
        float[] o = to.data();
        for (int j = 0; j < d; j++) {
            o[r * d + j] = (float) (weight * x.data()[r * d + j] + (1 - weight) * y.data()[r * d + j]);
        }
    }
}
