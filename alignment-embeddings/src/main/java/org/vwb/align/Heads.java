package org.vwb.align;

/// The first words of a space, the "most frequent words" that refinement and evaluation look at.
final class Heads {

    private Heads() {
    }

    /// A plain copy of the first `n` words of `v` (`v` itself if it is plain and has at most `n`); for a
    /// fastText model their `get_word_vector` rows, without subword information.
    static StaticVectors head(StaticVectors v, int n) {
        int m = Math.min(Math.max(0, n), v.size());
        if (m == v.size() && v.subwordSpec().isEmpty()) {
            return v;
        }
        int d = v.dim();
        float[] data = new float[m * d];
        for (int i = 0; i < m; i++) {
            System.arraycopy(v.vector(i), 0, data, i * d, d);
        }
        return StaticVectors.of(v.words().subList(0, m), data, d);
    }
}
