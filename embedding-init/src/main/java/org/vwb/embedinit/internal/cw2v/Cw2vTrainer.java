package org.vwb.embedinit.internal.cw2v;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vwb.common.JobContext;
import org.vwb.embedinit.Cw2v;
import org.vwb.embedinit.Cw2vOptions;
import org.vwb.embedinit.Cw2vTrace;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.MatrixRole;
import org.vwb.numeric.FloatMatrix;

/// Runs CW2V end to end: tokenize the corpus, choose candidates and starting logits, train, and turn
/// the final weights into rows with provenance ([Cw2v#train] is the public entry point).
public final class Cw2vTrainer {

    /// Mixture updates cost about `2·K·dim` per touched token and pair updates about `12·dim` per pair;
    /// a batch of `roles·tokens·K / 8` pairs keeps the two comparable on large problems.
    private static final int COST_BALANCE = 8;
    /// On small problems, aim for at least this many steps per epoch.
    private static final int MIN_STEPS = 50;
    private static final int MIN_BATCH = 32;
    /// 2^26 logits: 1.5 GB per matrix with Adam's two moments.
    private static final long MAX_EXACT_LOGITS = 1L << 26;

    private Cw2vTrainer() {
    }

    /// See [Cw2v#train].
    public static Cw2v.Outcome train(InitProblem problem, Cw2vOptions o, JobContext context) throws IOException {
        long start = System.nanoTime();
        EncodedCorpus corpus = EncodedCorpus.read(o.corpus(), problem.target(), context);
        TrainingSet set = TrainingSet.build(problem, corpus, o.minCount(), o.subsample());
        int unplaced = problem.tokens().size() - set.trainedCount();
        if (set.trainedCount() == 0 || problem.anchors().isEmpty()) {
            Cw2vTrace trace = new Cw2vTrace(o.form().label(), 0, problem.tokens().size(), 0, 0, set.totalTokens,
                    seconds(start), Double.NaN, List.of());
            String why = problem.anchors().isEmpty() ? "no anchor rows to mix" : null;
            return new Cw2v.Outcome(Provenance.result(problem, set, null, null, o, why), trace);
        }
        checkExactSize(problem, set, o);
        int threads = o.threads() > 0 ? o.threads() : Runtime.getRuntime().availableProcessors();
        try (Parallel parallel = new Parallel(threads)) {
            MixedRows in = rows(problem, set, MatrixRole.INPUT, o, parallel, context);
            MixedRows out = problem.tied() ? null : rows(problem, set, MatrixRole.OUTPUT, o, parallel, context);
            int batch = o.batch() > 0 ? o.batch() : autoBatch(set, problem.roles().size(), in.mixture.width(),
                    o.window());
            double setup = seconds(start);
            SgnsStep step = new SgnsStep(set, in, out, parallel);
            PairSampler sampler = new PairSampler(set, o.window(), problem.seed());
            PairBatch pairs = new PairBatch(o.negatives());
            double first = Double.NaN;
            List<Cw2vTrace.Epoch> epochs = new ArrayList<>();
            for (int e = 0; e < o.epochs(); e++) {
                long t0 = System.nanoTime();
                context.progress().begin("cw2v epoch " + (e + 1) + "/" + o.epochs(), set.lines());
                double loss = 0;
                long count = 0;
                int steps = 0;
                for (int line = 0; line < set.lines(); ) {
                    context.cancellation().check();
                    pairs.clear();
                    int next = sampler.fill(e, line, pairs, batch);
                    context.progress().advance(next - line);
                    line = next;
                    if (pairs.size == 0) {
                        continue;
                    }
                    double l = step.run(pairs);
                    first = Double.isNaN(first) ? l / pairs.size : first;
                    loss += l;
                    count += pairs.size;
                    steps++;
                }
                Cw2vTrace.Epoch epoch = new Cw2vTrace.Epoch(e + 1, count == 0 ? Double.NaN : loss / count, count,
                        steps, seconds(t0));
                epochs.add(epoch);
                context.progress().note(String.format(Locale.ROOT,
                        "cw2v epoch %d/%d: mean loss %.4f over %,d pairs, %d steps, %.1f s", e + 1, o.epochs(),
                        epoch.meanLoss(), count, steps, epoch.seconds()));
            }
            Cw2vTrace trace = new Cw2vTrace(o.form().label(), set.trainedCount(), unplaced, in.mixture.width(),
                    batch, set.totalTokens, setup, first, epochs);
            return new Cw2v.Outcome(Provenance.result(problem, set, in, out, o, null), trace);
        }
    }

    /// The exact form holds `T × N` logits and two Adam moments per matrix, in double.
    private static void checkExactSize(InitProblem problem, TrainingSet set, Cw2vOptions o) throws InitInputException {
        long logits = (long) set.trainedCount() * problem.anchors().cardinality();
        if (o.form() == Cw2vOptions.Form.EXACT && logits > MAX_EXACT_LOGITS) {
            throw new InitInputException(InitInputException.Reason.BAD_OPTION, String.format(Locale.ROOT,
                    "method cw2v, option form: exact needs %,d new tokens × %,d anchors = %,d logits per matrix "
                            + "(%,d MB with Adam's moments), more than the %,d allowed; use form=topk",
                    set.trainedCount(), problem.anchors().cardinality(), logits, logits * 24 >> 20, MAX_EXACT_LOGITS));
        }
    }

    private static MixedRows rows(InitProblem problem, TrainingSet set, MatrixRole role, Cw2vOptions o,
                                  Parallel parallel, JobContext context) {
        FloatMatrix matrix = problem.matrix(role);
        Adam adam = new Adam(o.learningRate());
        Mixture mixture;
        if (o.form() == Cw2vOptions.Form.EXACT) {
            Candidates c = Candidates.exact(problem, set, o.floor());
            mixture = o.dimRank() > 0
                    ? new LowRankLogits(set.trainedCount(), o.dimRank(), c.ids(), c.logits(), adam,
                            PairSampler.mix(problem.seed(), -1 - role.ordinal(), 0))
                    : new TokenLogits(set.trainedCount(), c.width(), c.ids(), c.logits(), adam);
        } else {
            // skip-gram scores a centre's input row against contexts' output rows, and the reverse
            FloatMatrix partner = problem.tied() ? matrix
                    : problem.matrix(role == MatrixRole.INPUT ? MatrixRole.OUTPUT : MatrixRole.INPUT);
            Candidates c = CandidateSelector.topK(problem, set, matrix, partner, o.candidates(), o.window(),
                    o.floor(), parallel, context);
            mixture = new TokenLogits(set.trainedCount(), c.width(), c.ids(), c.logits(), adam);
        }
        return new MixedRows(matrix, mixture, parallel);
    }

    /// `max(256, min(roles·T·K/8, pairs/50))`: bounded cost on large problems, enough steps on small ones.
    /// `pairs` counts the pairs of one epoch without subsampling (an upper bound).
    static int autoBatch(TrainingSet set, int roles, int width, int window) {
        long pairs = 0;
        for (int l = 0; l < set.lines(); l++) {
            int from = set.lineStarts[l];
            int to = set.lineStarts[l + 1];
            for (int i = from; i < to; i++) {
                for (int k = Math.max(from, i - window); k <= Math.min(to - 1, i + window); k++) {
                    if (k != i && (set.isNew(set.seq[i]) || set.isNew(set.seq[k]))) {
                        pairs++;
                    }
                }
            }
        }
        long balanced = (long) roles * set.trainedCount() * width / COST_BALANCE;
        return (int) Math.max(MIN_BATCH, Math.min(Math.min(balanced, pairs / MIN_STEPS), 1 << 28));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
