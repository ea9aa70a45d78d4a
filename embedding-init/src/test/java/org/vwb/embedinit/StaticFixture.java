package org.vwb.embedinit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.vwb.align.StaticVectors;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.vocab.TokenKind;

/// A small world for the static-vector strategies: a base tokenizer of specials, 30 word-start pieces
/// `▁w0…▁w29` and one byte piece; a target that appends new word-start pieces; random static vectors for
/// the words `w0…w29` and the new words; random base matrices. Every word tokenizes (`" " + word`) to its
/// own piece only, so a token's linked-word vector is its word's vector.
final class StaticFixture {

    static final int WORDS = 30;
    static final int FIRST_WORD = 3;
    static final int DIM = 6;
    static final int VEC_DIM = 8;

    final FakeTokenizer base;
    final FakeTokenizer target;
    final List<String> newWords;
    final FloatMatrix input;
    final FloatMatrix output;
    final StaticVectors vectors;

    StaticFixture(List<String> newWords, long seed) {
        this.newWords = List.copyOf(newWords);
        List<String> pieces = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        List<TokenKind> kinds = new ArrayList<>(List.of(TokenKind.UNKNOWN, TokenKind.CONTROL, TokenKind.CONTROL));
        for (int i = 0; i < WORDS; i++) {
            pieces.add("▁w" + i);
            kinds.add(TokenKind.NORMAL);
        }
        pieces.add("<0x41>");
        kinds.add(TokenKind.BYTE);
        base = new FakeTokenizer(pieces, kinds);
        List<String> tp = new ArrayList<>(pieces);
        List<TokenKind> tk = new ArrayList<>(kinds);
        for (String w : newWords) {
            tp.add("▁" + w);
            tk.add(TokenKind.NORMAL);
        }
        target = new FakeTokenizer(tp, tk);
        SplittableRandom random = new SplittableRandom(seed);
        input = gaussian(base.size(), DIM, random);
        output = gaussian(base.size(), DIM, random);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < WORDS; i++) {
            words.add("w" + i);
        }
        newWords.stream().filter(w -> w.chars().allMatch(c -> c < 128)).forEach(words::add);
        vectors = StaticVectors.of(words, gaussian(words.size(), VEC_DIM, random).data(), VEC_DIM);
    }

    static FloatMatrix gaussian(int rows, int cols, SplittableRandom random) {
        float[] d = new float[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) random.nextGaussian();
        }
        return new FloatMatrix(rows, cols, d);
    }

    /// Every new word as a token (ids after the base), anchors = all base ids except the specials.
    InitProblem problem(boolean untied) {
        List<NewToken> tokens = new ArrayList<>();
        for (int i = 0; i < newWords.size(); i++) {
            String w = newWords.get(i);
            tokens.add(new NewToken(base.size() + i, "▁" + w, " " + w, new int[0]));
        }
        BitSet anchors = new BitSet();
        anchors.set(FIRST_WORD, base.size()); // the byte piece is an anchor too: it must never be a source
        return new InitProblem(input, untied ? output : null, null, base, target, tokens, anchors, 11L,
                LinearAlgebra.get());
    }

    /// The static vector of base id `id` (a word piece) or of a new word.
    float[] wordVector(String word) {
        return vectors.vector(word).orElseThrow();
    }

    /// Writes `vectors` as a `.vec` file.
    static Path writeVec(Path file, List<String> words, float[] data, int dim) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(words.size() + " " + dim);
        for (int i = 0; i < words.size(); i++) {
            StringBuilder b = new StringBuilder(words.get(i));
            for (int j = 0; j < dim; j++) {
                b.append(' ').append(data[i * dim + j]);
            }
            lines.add(b.toString());
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /// `Σ w_k · m[ids[k]]` in double.
    static double[] mix(FloatMatrix m, int[] ids, double[] w) {
        double[] out = new double[m.cols()];
        for (int k = 0; k < ids.length; k++) {
            for (int j = 0; j < m.cols(); j++) {
                out[j] += w[k] * m.get(ids[k], j);
            }
        }
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int j = 0; j < a.length; j++) {
            ab += (double) a[j] * b[j];
            aa += (double) a[j] * a[j];
            bb += (double) b[j] * b[j];
        }
        return ab / Math.sqrt(aa * bb);
    }

    /// Indices of the `k` largest scores, ties to the lower index.
    static List<Integer> topK(double[] scores, int k) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            idx.add(i);
        }
        idx.sort((a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
        return idx.subList(0, Math.min(k, idx.size()));
    }

    static List<String> words(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + i);
        }
        return Collections.unmodifiableList(out);
    }
}
