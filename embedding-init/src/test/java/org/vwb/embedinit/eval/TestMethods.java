package org.vwb.embedinit.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.Strategies;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.eval.internal.BenchmarkRun;
import org.vwb.numeric.FloatMatrix;

/// Strategies for the benchmark tests, served before the registry's.
final class TestMethods {
    private TestMethods() {
    }

    /// `oracle` (the true rows of `model`), `constant` (every row 1, 2, 3, …), `half` (the oracle for every
    /// second token, the rest unplaced), `peek` (the rows of the problem's own matrix at the token ids),
    /// `spy` (hands the problem to `spy`, then behaves as `constant`); other names go to [Strategies].
    static BenchmarkRun.Methods with(ReconstructionModel model, Consumer<InitProblem> spy) {
        return (name, options) -> switch (name) {
            case "oracle" -> fixed(name, (p, role, t, i) -> row(model, role, t.id()), i -> true);
            case "constant" -> fixed(name, (p, role, t, i) -> ramp(p.dim()), i -> true);
            case "half" -> fixed(name, (p, role, t, i) -> row(model, role, t.id()), i -> i % 2 == 0);
            case "peek" -> fixed(name, (p, role, t, i) -> row(p.matrix(role), t.id()), i -> true);
            case "spy" -> fixed(name, (p, role, t, i) -> {
                spy.accept(p);
                return ramp(p.dim());
            }, i -> true);
            default -> Strategies.create(name, options);
        };
    }

    static BenchmarkRun.Methods with(ReconstructionModel model) {
        return with(model, p -> { });
    }

    private interface RowMaker {
        float[] row(InitProblem p, MatrixRole role, NewToken t, int index);
    }

    private interface Placed {
        boolean test(int index);
    }

    private static InitStrategy fixed(String name, RowMaker maker, Placed placed) {
        return new InitStrategy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InitResult initialize(InitProblem p, JobContext context) {
                Map<MatrixRole, FloatMatrix> rows = new EnumMap<>(MatrixRole.class);
                List<TokenInit> prov = new ArrayList<>();
                for (MatrixRole role : p.roles()) {
                    FloatMatrix out = FloatMatrix.zeros(p.tokens().size(), p.dim());
                    for (int i = 0; i < p.tokens().size(); i++) {
                        NewToken t = p.tokens().get(i);
                        System.arraycopy(maker.row(p, role, t, i), 0, out.data(), i * p.dim(), p.dim());
                        prov.add(placed.test(i) ? TokenInit.sampled(t.id(), role, name, "")
                                : TokenInit.unplaced(t.id(), role, name, "test: every second token"));
                    }
                    rows.put(role, out);
                }
                return new InitResult(rows, null, prov);
            }
        };
    }

    private static float[] row(ReconstructionModel model, MatrixRole role, int id) {
        return row(role == MatrixRole.INPUT ? model.input() : model.output(), id);
    }

    private static float[] row(FloatMatrix m, int id) {
        float[] out = new float[m.cols()];
        System.arraycopy(m.data(), id * m.cols(), out, 0, m.cols());
        return out;
    }

    private static float[] ramp(int d) {
        float[] out = new float[d];
        for (int j = 0; j < d; j++) {
            out[j] = j + 1;
        }
        return out;
    }
}
