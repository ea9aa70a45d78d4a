package org.vwb.align.internal;

/// The shared state of word2vec's negative-sampling training: input vectors (`syn0`), output vectors
/// (`syn1neg`), the unigram^0.75 table negatives are drawn from and the sigmoid / loss tables.
///
/// Workers ([SgnsWorker]) read and write the two float arrays without any locking (Hogwild: updates
/// of different threads may overwrite each other now and then, which SGD tolerates; it is how word2vec
/// and fastText train).
public final class SgnsModel {
    /// Entries of the negative table (fastText's size; word2vec uses 1e8 for much larger vocabularies).
    static final int TABLE_SIZE = 10_000_000;
    /// Sigmoid table resolution and range, as in word2vec.c.
    static final int EXP_TABLE_SIZE = 1000;
    static final float MAX_EXP = 6;

    final int dim;
    final int rows;
    final float[] syn0;
    final float[] syn1;
    final int[] table;
    final float[] sigmoid = new float[EXP_TABLE_SIZE + 1];
    final float[] logSigmoid = new float[EXP_TABLE_SIZE + 1];
    final float[] keepProbability;

    /// Builds the matrices for a vocabulary with `counts` (most frequent first): `syn0` uniform in
    /// `[-0.5/dim, 0.5/dim)` from word2vec's LCG started at `seed`, `syn1neg` zero.
    public SgnsModel(long[] counts, int dim, double subsample, long seed) {
        if ((long) counts.length * dim > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(counts.length + " tokens × " + dim + " do not fit one array");
        }
        this.dim = dim;
        this.rows = counts.length;
        this.syn0 = new float[rows * dim];
        this.syn1 = new float[rows * dim];
        long r = seed;
        for (int i = 0; i < syn0.length; i++) {
            r = r * 25214903917L + 11;
            syn0[i] = (((r & 0xFFFF) / 65536f) - 0.5f) / dim;
        }
        this.table = unigramTable(counts);
        for (int i = 0; i <= EXP_TABLE_SIZE; i++) {
            double x = (i / (double) EXP_TABLE_SIZE * 2 - 1) * MAX_EXP;
            double s = 1 / (1 + Math.exp(-x));
            sigmoid[i] = (float) s;
            logSigmoid[i] = (float) -Math.log(Math.max(s, 1e-12));
        }
        this.keepProbability = keepProbabilities(counts, subsample);
    }

    /// The trained input vectors (the array itself).
    public float[] inputVectors() {
        return syn0;
    }

    /// word2vec's subsampling: keep a token of count `c` out of `N` with probability
    /// `(√(c/(tN)) + 1)·tN/c` (≥ 1 means always).
    private static float[] keepProbabilities(long[] counts, double t) {
        float[] keep = new float[counts.length];
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        for (int i = 0; i < counts.length; i++) {
            if (t <= 0) {
                keep[i] = 1f;
            } else {
                double tn = t * total;
                keep[i] = (float) Math.min(1.0, (Math.sqrt(counts[i] / tn) + 1) * tn / counts[i]);
            }
        }
        return keep;
    }

    /// Token `i` fills a share `count_i^0.75 / Σ count^0.75` of the table.
    private static int[] unigramTable(long[] counts) {
        int size = (int) Math.min(TABLE_SIZE, Math.max(1_000_000L, counts.length * 100L));
        int[] t = new int[size];
        double norm = 0;
        for (long c : counts) {
            norm += Math.pow(c, 0.75);
        }
        int i = 0;
        double cumulative = counts.length == 0 ? 1 : Math.pow(counts[0], 0.75) / norm;
        for (int a = 0; a < size; a++) {
            t[a] = i;
            if ((a + 1) / (double) size > cumulative && i < counts.length - 1) {
                i++;
                cumulative += Math.pow(counts[i], 0.75) / norm;
            }
        }
        return t;
    }
}
