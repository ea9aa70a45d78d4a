package org.vwb.align;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

import org.vwb.align.internal.FloatRows;
import org.vwb.align.internal.ParsedVectors;
import org.vwb.align.internal.SubwordModel;
import org.vwb.align.internal.VecWriter;
import org.vwb.align.internal.WordIndex;

/// An immutable static word-vector space: words in row order and one `dim`-float vector per word.
///
/// Plain spaces (`.vec`, GloVe, word2vec binary, or built with [#of]) hold their rows in one contiguous
/// block. A space read from a fastText `.bin` keeps the model's input matrix (memory-mapped, not
/// copied) and computes vectors the way fastText's `get_word_vector` does, for vocabulary words and
/// for any other string ([#vectorFor]). Instances are safe to share between threads.
public final class StaticVectors {
    private final WordIndex words;
    private final FloatRows rows;
    private final SubwordModel subwords;
    private final int dim;
    private final int duplicatesSkipped;

    StaticVectors(ParsedVectors parsed) {
        this.words = parsed.words();
        this.rows = parsed.rows();
        this.subwords = parsed.subwords();
        this.dim = rows.dim();
        this.duplicatesSkipped = parsed.duplicatesSkipped();
    }

    /// A plain space from words and their row-major vectors (`data.length == words.size() × dim`).
    ///
    /// @throws IllegalArgumentException on a duplicate or empty word, a size mismatch or a non-finite value
    public static StaticVectors of(List<String> words, float[] data, int dim) {
        if (dim <= 0 || (long) words.size() * dim != data.length) {
            throw new IllegalArgumentException("expected " + words.size() + " × " + dim + " floats, got " + data.length);
        }
        WordIndex index = new WordIndex(words.size());
        for (String w : words) {
            if (w.isEmpty() || index.add(w) < 0) {
                throw new IllegalArgumentException("empty or duplicate word '" + w + "'");
            }
        }
        for (int i = 0; i < data.length; i++) {
            if (!Float.isFinite(data[i])) {
                throw new IllegalArgumentException("value " + data[i] + " for word '" + words.get(i / dim) + "'");
            }
        }
        return new StaticVectors(new ParsedVectors(index, FloatRows.wrap(data.clone(), words.size(), dim), null, 0));
    }

    /// Number of words.
    public int size() {
        return words.size();
    }

    /// Floats per vector.
    public int dim() {
        return dim;
    }

    /// The words in row order (an unmodifiable view).
    public List<String> words() {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return words.word(i);
            }

            @Override
            public int size() {
                return words.size();
            }
        };
    }

    /// The word of row `i`.
    public String word(int i) {
        return words.word(i);
    }

    /// The row of `word`, or -1 if it is not in the vocabulary.
    public int indexOf(String word) {
        return words.indexOf(word);
    }

    /// Whether `word` is in the vocabulary.
    public boolean contains(String word) {
        return words.indexOf(word) >= 0;
    }

    /// How many rows the reader dropped because their word had appeared earlier in the file.
    public int duplicatesSkipped() {
        return duplicatesSkipped;
    }

    /// The n-gram parameters if this space came from a fastText `.bin` (it then has subword information).
    public Optional<SubwordSpec> subwordSpec() {
        return Optional.ofNullable(subwords).map(SubwordModel::spec);
    }

    /// A fresh copy of row `i` (for a fastText model: the word's `get_word_vector`).
    public float[] vector(int i) {
        Objects.checkIndex(i, words.size());
        float[] v = new float[dim];
        if (subwords != null) {
            subwords.vectorFor(words.word(i), v);
        } else {
            rows.copyRow(i, v);
        }
        return v;
    }

    /// The vector of a vocabulary word, or empty if `word` is not in the vocabulary.
    public Optional<float[]> vector(String word) {
        int i = words.indexOf(word);
        return i < 0 ? Optional.empty() : Optional.of(vector(i));
    }

    /// A vector for any string: with subword information, fastText's `get_word_vector` (mean of the
    /// word's own row, if known, and its character n-gram rows; zeros if there is none); without it, the
    /// word's vector or, for an unknown word, zeros.
    public float[] vectorFor(String text) {
        float[] v = new float[dim];
        if (subwords != null) {
            subwords.vectorFor(text, v);
            return v;
        }
        int i = words.indexOf(text);
        if (i >= 0) {
            rows.copyRow(i, v);
        }
        return v;
    }

    /// The fastText n-gram model, or null for a plain space (for [TokenVectors]).
    SubwordModel subwordModel() {
        return subwords;
    }

    /// The character n-grams of `text` (the word itself first if it is in the vocabulary), in the order
    /// fastText averages them; empty without subword information.
    public List<String> subwordsOf(String text) {
        List<String> out = new ArrayList<>();
        if (subwords != null) {
            subwords.rowsFor(text, out);
        }
        return out;
    }

    /// A plain copy whose rows have unit L2 norm (zero rows stay zero). For a fastText model the
    /// copy holds the vocabulary words' vectors and has no subword information.
    public StaticVectors normalized() {
        int n = words.size();
        FloatRows out = FloatRows.allocate(n, dim);
        float[] v = new float[dim];
        for (int i = 0; i < n; i++) {
            rowInto(i, v);
            double norm = Math.sqrt(dot(v, v));
            if (norm > 0) {
                for (int j = 0; j < dim; j++) {
                    v[j] = (float) (v[j] / norm);
                }
            }
            out.setRow(i, v);
        }
        return new StaticVectors(new ParsedVectors(words, out, null, 0));
    }

    /// A plain copy with every row mapped `x ↦ x·w`, `w` a row-major `dim × dim` matrix (WECHSEL maps
    /// source vectors `u ↦ uR` with the Procrustes rotation `R`). For a fastText model the copy holds the
    /// vocabulary words' vectors and has no subword information.
    public StaticVectors transformed(float[] w) {
        if (w.length != dim * dim) {
            throw new IllegalArgumentException("expected a " + dim + " × " + dim + " matrix, got " + w.length + " values");
        }
        int n = words.size();
        FloatRows out = FloatRows.allocate(n, dim);
        float[] v = new float[dim];
        float[] y = new float[dim];
        double[] acc = new double[dim];
        for (int r = 0; r < n; r++) {
            rowInto(r, v);
            java.util.Arrays.fill(acc, 0);
            for (int i = 0; i < dim; i++) {
                double x = v[i];
                int base = i * dim;
                for (int j = 0; j < dim; j++) {
                    acc[j] += x * w[base + j];
                }
            }
            for (int j = 0; j < dim; j++) {
                y[j] = (float) acc[j];
            }
            out.setRow(r, y);
        }
        return new StaticVectors(new ParsedVectors(words, out, null, 0));
    }

    /// All rows, unit-normalized (zero rows stay zero), row-major in one array: the input of dense
    /// similarity computations. Needs `size × dim ≤ 2^31 - 9`.
    float[] unitRows() {
        long total = (long) words.size() * dim;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(words.size() + " × " + dim + " floats do not fit one array; use fewer words");
        }
        float[] out = new float[(int) total];
        float[] v = new float[dim];
        for (int i = 0; i < words.size(); i++) {
            rowInto(i, v);
            double norm = Math.sqrt(dot(v, v));
            for (int j = 0; j < dim; j++) {
                out[i * dim + j] = norm > 0 ? (float) (v[j] / norm) : 0f;
            }
        }
        return out;
    }

    /// The `n` words with the highest cosine to `query`, best first (ties by row). Zero rows never match.
    ///
    /// A full scan: O(size × dim) per query. For a fastText model every word's vector is recomputed
    /// from its n-grams on each query; for repeated queries use [#normalized()] first.
    public List<Neighbor> nearest(float[] query, int n) {
        return nearest(query, n, -1);
    }

    /// The `n` nearest words to the vocabulary word `word`, excluding the word itself; empty if unknown.
    public List<Neighbor> nearest(String word, int n) {
        int i = words.indexOf(word);
        return i < 0 ? List.of() : nearest(vector(i), n, i);
    }

    private List<Neighbor> nearest(float[] query, int n, int exclude) {
        if (query.length != dim) {
            throw new IllegalArgumentException("query has " + query.length + " values, the space has dim " + dim);
        }
        double qn = Math.sqrt(dot(query, query));
        Comparator<Neighbor> worstFirst = Comparator.comparingDouble(Neighbor::score)
                .thenComparing(Comparator.comparingInt(Neighbor::index).reversed());
        PriorityQueue<Neighbor> heap = new PriorityQueue<>(worstFirst);
        if (qn == 0 || n <= 0) {
            return List.of();
        }
        float[] v = new float[dim];
        for (int i = 0; i < words.size(); i++) {
            if (i == exclude) {
                continue;
            }
            rowInto(i, v);
            double vn = Math.sqrt(dot(v, v));
            if (vn == 0) {
                continue;
            }
            Neighbor cand = new Neighbor(words.word(i), i, (float) (dot(query, v) / (qn * vn)));
            if (heap.size() < n) {
                heap.add(cand);
            } else if (worstFirst.compare(cand, heap.peek()) > 0) {
                heap.poll();
                heap.add(cand);
            }
        }
        List<Neighbor> out = new ArrayList<>(heap);
        out.sort(worstFirst.reversed());
        return out;
    }

    /// Writes the space as a word2vec/fastText `.vec` text file, atomically. Values are written in
    /// Java's shortest round-trip form, so reading the file back gives identical floats.
    ///
    /// @throws IllegalArgumentException if a word contains whitespace (the format cannot hold it)
    public void writeVec(Path target) throws IOException {
        VecWriter.write(target, words, dim, this::rowInto);
    }

    @Override
    public String toString() {
        return "StaticVectors[" + words.size() + " × " + dim + (subwords != null ? ", fastText subwords " + subwords.spec() : "") + "]";
    }

    private void rowInto(int i, float[] v) {
        if (subwords != null) {
            subwords.vectorFor(words.word(i), v);
        } else {
            rows.copyRow(i, v);
        }
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (double) a[j] * b[j];
        }
        return s;
    }
}
