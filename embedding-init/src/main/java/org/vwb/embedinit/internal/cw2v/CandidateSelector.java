package org.vwb.embedinit.internal.cw2v;

import java.util.Arrays;
import java.util.BitSet;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitProblem;
import org.vwb.numeric.FloatMatrix;

/// Chooses, for the top-K form, the K base rows each trained token mixes over, in this order:
///
/// 1. its **pieces** (the base tokenizer's decomposition): the starting point, FVT, lives on them;
/// 2. half of the remaining places: the anchors `i` with the largest `e_iᵀc`, where `c` is the token's
///    **context centroid**, the mean partner vector of the tokens around its first 256 occurrences
///    (subsampling weights; new tokens counted through their pieces). `e_iᵀc` is, up to a constant, the
///    first-order gain of the skip-gram objective from moving weight onto `e_i`, so these are the rows
///    the objective will pull towards, including ones a decomposition never names;
/// 3. the rest: the anchors nearest by cosine to the FVT row, so that the start can be refined locally;
/// 4. if a token has no pieces or no context, the other list fills in; the most frequent anchors last.
///
/// The partner of the input matrix is the output matrix (a centre's score is `w_cᵀv_o`) and vice versa;
/// a tied model is its own partner. Scores come from one GEMM per chunk of tokens (`problem.algebra()`).
final class CandidateSelector {

    private static final int OCCURRENCE_CAP = 256;
    /// Score-matrix entries per GEMM (2 queries per token × base rows): 128 MB of floats. Each GEMM call
    /// also copies the whole base matrix into the native backend, so chunks should not be small either.
    private static final int SCORES_PER_CHUNK = 1 << 25;
    private static final int TASK = 8;

    private final InitProblem problem;
    private final TrainingSet set;
    private final FloatMatrix matrix;
    private final FloatMatrix partner;
    private final int window;
    private final int width;
    private final boolean[] allowed;
    private final int[][] pieces;
    private final int[] occStart;
    private final int[] occurrences;
    private final int[] frequent;
    private final float[] norms;

    private CandidateSelector(InitProblem problem, TrainingSet set, FloatMatrix matrix, FloatMatrix partner,
                              int k, int window) {
        this.problem = problem;
        this.set = set;
        this.matrix = matrix;
        this.partner = partner;
        this.window = window;
        BitSet anchors = problem.anchors();
        this.allowed = new boolean[matrix.rows()];
        anchors.stream().forEach(i -> allowed[i] = true);
        this.width = Math.min(k, anchors.cardinality());
        this.pieces = new int[set.trainedCount()][];
        for (int t = 0; t < pieces.length; t++) {
            pieces[t] = Candidates.pieces(problem, anchors, set.trained[t]);
        }
        this.occStart = new int[set.trainedCount() + 1];
        this.occurrences = occurrences(set, occStart);
        this.frequent = anchors.stream().boxed()
                .sorted((a, b) -> a.equals(b) ? 0 : set.counts[a] != set.counts[b]
                        ? Long.compare(set.counts[b], set.counts[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
        this.norms = new float[matrix.rows()];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = (float) Math.sqrt(Kernels.dot(matrix.data(), i * dim(), matrix.data(), i * dim(), dim()));
            norms[i] = norms[i] > 0 ? norms[i] : 1f;
        }
    }

    /// Candidates of every trained token for `matrix`, scored against `partner`.
    static Candidates topK(InitProblem problem, TrainingSet set, FloatMatrix matrix, FloatMatrix partner, int k,
                           int window, double floor, Parallel parallel, JobContext context) {
        return new CandidateSelector(problem, set, matrix, partner, k, window).run(floor, parallel, context);
    }

    private int dim() {
        return matrix.cols();
    }

    private Candidates run(double floor, Parallel parallel, JobContext context) {
        int tokens = set.trainedCount();
        int[] ids = new int[tokens * width];
        double[] logits = new double[tokens * width];
        context.progress().begin("cw2v: choosing " + width + " candidates per token", tokens);
        int chunk = Math.clamp(SCORES_PER_CHUNK / 2 / matrix.rows(), 64, 4096);
        for (int t0 = 0; t0 < tokens; t0 += chunk) {
            context.cancellation().check();
            int b = Math.min(chunk, tokens - t0);
            int first = t0;
            float[] queries = new float[2 * b * dim()];
            boolean[] hasContext = new boolean[b];
            parallel.forChunks(b, TASK, (_, from, to) -> {
                double[] weights = new double[matrix.rows()];
                for (int i = from; i < to; i++) {
                    hasContext[i] = centroid(first + i, weights, queries, i * dim());
                    fvtRow(pieces[first + i], queries, (b + i) * dim());
                }
            });
            float[] scores = problem.algebra().gemm(new FloatMatrix(2 * b, dim(), queries), matrix, false, true).data();
            parallel.forChunks(b, TASK, (_, from, to) -> {
                for (int i = from; i < to; i++) {
                    int t = first + i;
                    choose(t, hasContext[i] ? scores : null, i, b, ids, t * width);
                    Candidates.startLogits(ids, t * width, width, pieces[t], floor, logits, t * width);
                }
            });
            context.progress().advance(b);
        }
        return new Candidates(width, ids, logits);
    }

    /// Fills candidates of token `t` into `out[off..off+width)`.
    private void choose(int t, float[] scores, int i, int b, int[] out, int off) {
        int n = 0;
        for (int piece : pieces[t]) {
            n = addIfNew(out, off, n, piece);
        }
        int rows = matrix.rows();
        int[] byContext = scores == null ? new int[0]
                : TopScores.select(scores, i * rows, rows, allowed, null, 2 * width);
        int[] byCosine = pieces[t].length == 0 ? new int[0]
                : TopScores.select(scores == null ? fallbackScores(t) : scores, scores == null ? 0 : (b + i) * rows,
                        rows, allowed, norms, 2 * width);
        int contextShare = byCosine.length == 0 ? width : n + (width - n + 1) / 2;
        n = fill(out, off, n, byContext, contextShare);
        n = fill(out, off, n, byCosine, width);
        n = fill(out, off, n, byContext, width);
        n = fill(out, off, n, frequent, width);
        if (n < width) {
            throw new IllegalStateException("cw2v: only " + n + " of " + width + " candidates for token " + t);
        }
    }

    /// Scores of the FVT row alone, for a token without context (rare: every trained token has neighbours,
    /// but they may all be new tokens without anchored pieces).
    private float[] fallbackScores(int t) {
        float[] q = new float[dim()];
        fvtRow(pieces[t], q, 0);
        return problem.algebra().gemm(new FloatMatrix(1, dim(), q), matrix, false, true).data();
    }

    private int fill(int[] out, int off, int n, int[] ranked, int upTo) {
        for (int r = 0; r < ranked.length && n < upTo; r++) {
            n = addIfNew(out, off, n, ranked[r]);
        }
        return n;
    }

    private int addIfNew(int[] out, int off, int n, int id) {
        if (n >= width) {
            return n;
        }
        for (int k = 0; k < n; k++) {
            if (out[off + k] == id) {
                return n;
            }
        }
        out[off + n] = id;
        return n + 1;
    }

    /// The mean `matrix` row of `ids` into `out[off..)`; zeros when there are none.
    private void fvtRow(int[] ids, float[] out, int off) {
        double[] acc = new double[dim()];
        for (int id : ids) {
            for (int j = 0; j < dim(); j++) {
                acc[j] += matrix.data()[id * dim() + j];
            }
        }
        for (int j = 0; j < dim() && ids.length > 0; j++) {
            out[off + j] = (float) (acc[j] / ids.length);
        }
    }

    /// The weighted mean partner row of the contexts of token `t` into `out[off..)`; `weights` is zeroed
    /// scratch over base ids and is zeroed again on return. Returns whether there was any context.
    private boolean centroid(int t, double[] weights, float[] out, int off) {
        int[] touched = new int[64];
        int n = 0;
        for (int k = occStart[t]; k < occStart[t + 1]; k++) {
            int pos = occurrences[k];
            int line = lineOf(pos);
            int from = Math.max(set.lineStarts[line], pos - window);
            int to = Math.min(set.lineStarts[line + 1] - 1, pos + window);
            for (int j = from; j <= to; j++) {
                int u = set.seq[j];
                if (j == pos) {
                    continue;
                }
                double w = set.keep[u];
                int[] ids = u < set.baseRows ? new int[] {u} : pieces[u - set.baseRows];
                for (int id : ids) {
                    if (weights[id] == 0) {
                        touched = n == touched.length ? Arrays.copyOf(touched, 2 * n) : touched;
                        touched[n++] = id;
                    }
                    weights[id] += w / ids.length;
                }
            }
        }
        Arrays.sort(touched, 0, n);
        double[] acc = new double[dim()];
        double total = 0;
        float[] p = partner.data();
        for (int k = 0; k < n; k++) {
            int id = touched[k];
            double w = weights[id];
            weights[id] = 0;
            total += w;
            for (int j = 0; j < dim(); j++) {
                acc[j] += w * p[id * dim() + j];
            }
        }
        for (int j = 0; j < dim() && total > 0; j++) {
            out[off + j] = (float) (acc[j] / total);
        }
        return total > 0;
    }

    private int lineOf(int pos) {
        int l = Arrays.binarySearch(set.lineStarts, pos);
        return l >= 0 ? l : -l - 2;
    }

    /// The first [#OCCURRENCE_CAP] positions of every trained token in the corpus.
    private static int[] occurrences(TrainingSet set, int[] start) {
        int tokens = set.trainedCount();
        for (int u : set.seq) {
            if (u >= set.baseRows && start[u - set.baseRows + 1] < OCCURRENCE_CAP) {
                start[u - set.baseRows + 1]++;
            }
        }
        for (int t = 0; t < tokens; t++) {
            start[t + 1] += start[t];
        }
        int[] out = new int[start[tokens]];
        int[] next = Arrays.copyOf(start, tokens);
        for (int i = 0; i < set.seq.length; i++) {
            int u = set.seq[i];
            if (u >= set.baseRows && next[u - set.baseRows] < start[u - set.baseRows + 1]) {
                out[next[u - set.baseRows]++] = i;
            }
        }
        return out;
    }
}
