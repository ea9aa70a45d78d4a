package org.vwb.embedinit.eval.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.TokenizerView;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.MethodSpec;
import org.vwb.embedinit.eval.ReconstructionModel;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.eval.ReconstructionSpec;
import org.vwb.embedinit.eval.ReductionCheck;
import org.vwb.numeric.FloatMatrix;
import org.vwb.vocab.TokenizerEncoder;

/// The benchmark's steps: resolve the methods (so a bad name or option fails before any work), choose the
/// held-out tokens, build and verify the reduced tokenizer, run every method on the same problem, score.
public final class BenchmarkRun {

    /// Builds a strategy from its name and options (the registry, or test strategies).
    @FunctionalInterface
    public interface Methods {
        /// The strategy `name` with `options`.
        ///
        /// @throws InitInputException for an unknown name or a bad option
        InitStrategy create(String name, Map<String, String> options) throws InitInputException;
    }

    private BenchmarkRun() {
    }

    /// Runs the benchmark.
    ///
    /// @throws IOException for an unreadable tokenizer or corpus, too few eligible tokens, a tokenizer that
    ///     cannot be reduced, and whatever a method throws
    public static ReconstructionReport run(ReconstructionModel model, ReconstructionSpec spec, Methods methods,
                                           JobContext ctx) throws IOException {
        // the requested methods are built first, so that a typo is reported as such, then the baselines
        for (MethodSpec m : spec.methods()) {
            methods.create(m.name(), m.options());
        }
        List<MethodSpec> order = spec.runOrder();
        List<InitStrategy> strategies = new ArrayList<>();
        for (MethodSpec m : order) {
            strategies.add(methods.create(m.name(), m.options()));
        }
        methods.create(spec.fallback(), Map.of());
        ctx.cancellation().check();
        ctx.progress().begin("reading tokenizer " + model.tokenizer().getFileName(), -1);
        try (TokenizerEncoder fullEncoder = TokenizerEncoder.open(model.tokenizer())) {
            TokenizerView full = TokenizerView.of(fullEncoder);
            long[] counts = spec.minFrequency() > 0 ? CorpusCounts.count(full, spec.corpus(), ctx) : null;
            ctx.cancellation().check();
            ctx.progress().begin("choosing " + spec.holdout() + " held-out tokens", -1);
            HoldOut holdOut = HoldOut.select(full, model.input(), spec, counts);
            ctx.progress().begin("building the reduced tokenizer", -1);
            try (ReducedTokenizer reducedFile = ReducedTokenizer.open(model.tokenizer(), holdOut.chosenSet())) {
                TokenizerView base = new HoleView(reducedFile, holdOut.chosenSet());
                List<NewToken> tokens = heldOutTokens(full, base, holdOut);
                ReductionCheck check = ReductionChecks.verify(full, base, holdOut, tokens, spec.seed());
                InitProblem problem = new InitProblem(hidden(model.input(), holdOut.chosen()),
                        model.output() == null ? null : hidden(model.output(), holdOut.chosen()), null, base, full,
                        tokens, holdOut.anchors(), spec.seed(), model.algebra());
                List<MethodScore> scores = new ArrayList<>();
                for (int i = 0; i < order.size(); i++) {
                    ctx.cancellation().check();
                    ctx.progress().begin("method " + order.get(i).label() + " (" + (i + 1) + "/" + order.size() + ")", -1);
                    // a fresh fallback per method: strategies may keep state between calls
                    InitStrategy fallback = methods.create(spec.fallback(), Map.of());
                    MethodRun run = MethodRun.run(problem, strategies.get(i), fallback, ctx);
                    scores.addAll(score(model, problem.roles(), holdOut.chosen(), order.get(i), run, ctx));
                }
                return new ReconstructionReport(spec, model.tokenizer(), full.kind(), full.size(), model.input().rows(),
                        model.input().cols(), problem.roles(), holdOut.normal().cardinality(), holdOut.eligible().length,
                        tokens, check, scores);
            }
        }
    }

    /// The held-out tokens as the target tokenizer has them; the decomposition is the reduced tokenizer's
    /// encoding of the surface form (the string the full tokenizer encodes to exactly the token).
    static List<NewToken> heldOutTokens(TokenizerView full, TokenizerView reduced, HoldOut holdOut) {
        int[] ids = holdOut.chosen();
        List<int[]> encoded = reduced.encodeAll(List.of(holdOut.surfaces()));
        List<NewToken> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            out.add(new NewToken(ids[i], full.piece(ids[i]), full.text(ids[i]), encoded.get(i)));
        }
        return out;
    }

    private static List<MethodScore> score(ReconstructionModel model, List<MatrixRole> roles, int[] ids,
                                           MethodSpec method, MethodRun run, JobContext ctx) {
        ctx.progress().begin("scoring " + method.label(), -1);
        int n = ids.length;
        boolean baseline = ReconstructionSpec.isBaseline(method);
        List<MethodScore> out = new ArrayList<>();
        for (MatrixRole role : roles) {
            FloatMatrix truth = rows(role == MatrixRole.INPUT ? model.input() : model.output(), ids);
            Scoring.Metrics m = Scoring.score(run.result().rows(role), truth, ctx.cancellation());
            out.add(new MethodScore(method.label(), method.name(), method.options(), baseline, role, m.meanCosine(),
                    m.precisionAt1(), m.precisionAt10(), m.mrr(), (n - run.unplaced()) / (double) n, run.unplaced(), run.cpuSeconds(),
                    run.wallSeconds()));
        }
        return out;
    }

    /// A copy of `m` with the held-out rows zeroed: the methods get only what remains, and a method that
    /// reads a row it was not given (a non-anchor) gains nothing from it.
    static FloatMatrix hidden(FloatMatrix m, int[] ids) {
        FloatMatrix copy = m.copy();
        for (int id : ids) {
            java.util.Arrays.fill(copy.data(), id * m.cols(), (id + 1) * m.cols(), 0f);
        }
        return copy;
    }

    static FloatMatrix rows(FloatMatrix m, int[] ids) {
        int d = m.cols();
        float[] out = new float[ids.length * d];
        for (int i = 0; i < ids.length; i++) {
            System.arraycopy(m.data(), ids[i] * d, out, i * d, d);
        }
        return new FloatMatrix(ids.length, d, out);
    }
}
