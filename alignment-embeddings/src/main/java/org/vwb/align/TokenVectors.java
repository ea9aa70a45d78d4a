package org.vwb.align;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vwb.align.internal.TokenSpan;

/// Static vectors for every token of a tokenizer's vocabulary (WECHSEL step 3, FOCUS's auxiliary space),
/// given as the tokens' decoded strings in id order. Row `i` belongs to token id `i`; a token that gets
/// no vector has a zero row and is counted in [#missing].
///
/// **Word-boundary markers.** With `marked = true`, a token starting with `▁` (SentencePiece) or `Ġ`
/// (byte-level BPE) is a *word start* and any other token a *word-internal* piece, so `▁the` and `the`
/// get different vectors (WECHSEL's `decode().strip()` gives them the same one, a pitfall METHODS §1(e)
/// notes). With `marked = false` every token is taken as a whole word after stripping white space
/// (WECHSEL's behaviour).
///
/// @param tokens  the token strings in id order, as given
/// @param dim     vector size
/// @param rows    row-major `tokens.size() × dim` floats
/// @param missing how many tokens got a zero vector
public record TokenVectors(List<String> tokens, int dim, float[] rows, int missing) {

    /// Validates the shape and takes the array over (callers hand in a fresh one).
    public TokenVectors {
        tokens = List.copyOf(tokens);
        if ((long) tokens.size() * dim != rows.length) {
            throw new IllegalArgumentException(rows.length + " floats for " + tokens.size() + " × " + dim);
        }
    }

    /// A copy of all rows (use [#vector] for single rows of a large vocabulary).
    @Override
    public float[] rows() {
        return rows.clone();
    }

    /// A copy of row `i`.
    public float[] vector(int i) {
        return Arrays.copyOfRange(rows, i * dim, (i + 1) * dim);
    }

    /// Vectors from a fastText model's character n-grams. Word-start token `▁piece`: mean of the rows
    /// of the n-grams of `<piece` (start marker, no end marker) and of `piece`'s own word row if it is
    /// in the model's vocabulary. Word-internal token `piece`: mean of the n-grams of `piece` with no
    /// markers. Unmarked (`marked = false`): fastText's `get_word_vector(token.strip())`, i.e. the
    /// n-grams of `<token>`. A token with no n-gram of a length the model knows gets zeros.
    ///
    /// @throws IllegalArgumentException if `fastText` has no subword information
    public static TokenVectors fromFastText(StaticVectors fastText, List<String> tokens, boolean marked) {
        if (fastText.subwordSpec().isEmpty()) {
            throw new IllegalArgumentException("the vectors have no subword information: use a fastText .bin model,"
                    + " or weightedMean for a plain word list");
        }
        int dim = fastText.dim();
        float[] rows = new float[tokens.size() * dim];
        float[] v = new float[dim];
        int missing = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TokenSpan t = TokenSpan.of(tokens.get(i), marked);
            int used;
            if (!marked) {
                float[] w = fastText.vectorFor(t.text());
                System.arraycopy(w, 0, v, 0, dim);
                used = t.text().isEmpty() ? 0 : fastText.subwordsOf(t.text()).size();
            } else {
                int[] r = fastText.subwordModel().rowsForPiece(t.text(), t.wordStart(), new ArrayList<>(0));
                fastText.subwordModel().meanOf(r, v);
                used = r.length;
            }
            missing += used == 0 ? 1 : 0;
            System.arraycopy(v, 0, rows, i * dim, dim);
        }
        return new TokenVectors(tokens, dim, rows, missing);
    }

    /// WECHSEL's vectors without subword information: `u_i = Σ_{j∈S_i} f_j·v(w_j) / Σ_{j∈S_i} f_j` over
    /// the words `w_j` of `words` (the first `maxWords`) whose frequency `f_j` is known, where `S_i` holds
    /// the words that contain token `i`. Containment stands in for "token `i` occurs in the tokenization
    /// of `w_j` or of `" " + w_j`" (WECHSEL's rule, which needs the tokenizer): a word-start token must
    /// be a prefix of the word, a word-internal or unmarked token may occur anywhere in it. Words absent
    /// from `frequencies` are skipped; tokens contained in no counted word get zeros.
    public static TokenVectors weightedMean(StaticVectors words, WordFrequencies frequencies, List<String> tokens,
            boolean marked, int maxWords) {
        int dim = words.dim();
        Map<String, List<Integer>> byKey = new HashMap<>();
        int maxLen = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TokenSpan t = TokenSpan.of(tokens.get(i), marked);
            if (!t.text().isEmpty()) {
                byKey.computeIfAbsent(t.key(), _ -> new ArrayList<>()).add(i);
                maxLen = Math.max(maxLen, t.text().length());
            }
        }
        double[] acc = new double[tokens.size() * dim];
        double[] weight = new double[tokens.size()];
        float[] v = new float[dim];
        int n = Math.min(maxWords, words.size());
        java.util.Set<Integer> hit = new java.util.HashSet<>();
        for (int j = 0; j < n; j++) {
            String w = words.word(j);
            long f = frequencies.count(w);
            if (f <= 0) {
                continue;
            }
            hit.clear();
            for (int a = 0; a < w.length(); a++) {
                for (int b = a + 1; b <= Math.min(w.length(), a + maxLen); b++) {
                    String sub = w.substring(a, b);
                    addAll(hit, byKey.get(TokenSpan.internalKey(sub)));
                    if (a == 0 && marked) {
                        addAll(hit, byKey.get(TokenSpan.startKey(sub)));
                    }
                }
            }
            if (hit.isEmpty()) {
                continue;
            }
            float[] vec = words.vector(j);
            System.arraycopy(vec, 0, v, 0, dim);
            for (int i : hit) {
                weight[i] += f;
                for (int d = 0; d < dim; d++) {
                    acc[i * dim + d] += (double) f * v[d];
                }
            }
        }
        float[] rows = new float[tokens.size() * dim];
        int missing = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (weight[i] == 0) {
                missing++;
                continue;
            }
            for (int d = 0; d < dim; d++) {
                rows[i * dim + d] = (float) (acc[i * dim + d] / weight[i]);
            }
        }
        return new TokenVectors(tokens, dim, rows, missing);
    }

    /// Writes the rows as a `.vec` file, atomically, naming row `i` `id<i>` (token strings may repeat,
    /// be empty or hold spaces, which `.vec` cannot represent); the header is `tokens dim`.
    public void writeVec(Path target) throws IOException {
        List<String> names = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            names.add("id" + i);
        }
        StaticVectors.of(names, rows, dim).writeVec(target); // of() copies
    }

    /// The n-grams [#fromFastText] averages for a marked piece, the word itself first if it is counted.
    static List<String> pieceSubwords(StaticVectors fastText, String piece, boolean wordStart) {
        List<String> out = new ArrayList<>();
        fastText.subwordModel().rowsForPiece(piece, wordStart, out);
        return out;
    }

    private static void addAll(java.util.Set<Integer> into, List<Integer> ids) {
        if (ids != null) {
            into.addAll(ids);
        }
    }
}
