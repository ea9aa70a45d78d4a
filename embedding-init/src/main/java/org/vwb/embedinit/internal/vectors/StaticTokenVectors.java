package org.vwb.embedinit.internal.vectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.vwb.align.StaticVectors;
import org.vwb.align.TokenVectors;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.TokenizerView;

/// Static vectors for tokens of a tokenizer (WECHSEL step 3, OFA step 1), either from a fastText model's
/// character n-grams or by linking words to the tokens their tokenization produces.
public final class StaticTokenVectors {

    private static final int CHUNK = 4096;

    /// How words are linked to tokens and weighted.
    public enum Linking {
        /// WECHSEL without subword information: `word` and `" " + word` are tokenized; a token's vector is
        /// the frequency-weighted mean of its words, the frequency taken as `1 / (rank + 1)` (Zipf) from
        /// the file's order, because vector files carry no counts.
        WECHSEL(w -> List.of(w, " " + w), true),
        /// OFA: `word`, `" " + word` and `" " + Word`; a token's vector is the uniform mean of its words.
        /// Keys are cleaned the ColexNet way first: a `xxx:` language prefix is dropped and `$` is a space.
        OFA(w -> {
            String c = ofaKey(w);
            return List.of(c, " " + c, " " + capitalised(c));
        }, false);

        private final Function<String, List<String>> variants;
        private final boolean zipf;

        Linking(Function<String, List<String>> variants, boolean zipf) {
            this.variants = variants;
            this.zipf = zipf;
        }
    }

    private StaticTokenVectors() {
    }

    /// fastText n-gram vectors of the tokens `ids` of `view`, with word-start markers kept
    /// ([TokenVectors#fromFastText] with `marked = true`). Byte pieces and special tokens get zeros.
    public static TokenSpace fromSubwords(StaticVectors fastText, TokenizerView view, int[] ids) {
        List<String> marked = new ArrayList<>(ids.length);
        for (int id : ids) {
            TokenForm f = id < view.size() ? TokenForm.of(view, id) : null;
            marked.add(f != null && f.hasText() ? f.marked() : "");
        }
        TokenVectors tv = TokenVectors.fromFastText(fastText, marked, true);
        float[] rows = tv.rows();
        for (int i = 0; i < ids.length; i++) {
            if (marked.get(i).isEmpty()) {
                Arrays.fill(rows, i * tv.dim(), (i + 1) * tv.dim(), 0f);
            }
        }
        return new TokenSpace(ids.clone(), tv.dim(), rows);
    }

    /// Linked-word vectors of the tokens `ids` of `view` from the first `maxWords` words of `words`. A token
    /// that no word's tokenization produces (and every byte piece or special token) gets zeros.
    public static TokenSpace fromWords(StaticVectors words, TokenizerView view, int[] ids, Linking linking,
                                       int maxWords, JobContext ctx) {
        return fromWords(words, view, ids, linking, maxWords, false, ctx);
    }

    /// As [#fromWords(StaticVectors, TokenizerView, int[], Linking, int, JobContext)], and with `lookup` a
    /// word-initial token whose text is a word of `words` (any rank, not only the first `maxWords`) gets
    /// that word's own vector instead of the mean over its linked words ([#lookupWholeWords]).
    public static TokenSpace fromWords(StaticVectors words, TokenizerView view, int[] ids, Linking linking,
                                       int maxWords, boolean lookup, JobContext ctx) {
        TokenSpace linked = linked(words, view, ids, linking, maxWords, ctx);
        if (lookup) {
            lookupWholeWords(words, view, linked);
        }
        return linked;
    }

    /// Replaces, in place, the row of every word-initial text token of `space` whose text (marker
    /// removed: WordPiece without `##`, `▁`, `Ġ`/leading space) is a word of `words` by that word's vector.
    /// A word-internal piece (`##ing`, `ing` without `▁`) keeps its row: `ing` as a word is not the
    /// suffix. Returns how many rows were replaced.
    public static int lookupWholeWords(StaticVectors words, TokenizerView view, TokenSpace space) {
        int replaced = 0;
        int dim = space.dim();
        for (int i = 0; i < space.size(); i++) {
            int id = space.ids()[i];
            if (id >= view.size()) {
                continue;
            }
            TokenForm f = TokenForm.of(view, id);
            int w = f.hasText() && f.wordStart() ? words.indexOf(f.text()) : -1;
            if (w >= 0) {
                System.arraycopy(words.vector(w), 0, space.rows(), i * dim, dim);
                replaced++;
            }
        }
        return replaced;
    }

    private static TokenSpace linked(StaticVectors words, TokenizerView view, int[] ids, Linking linking,
                                     int maxWords, JobContext ctx) {
        int dim = words.dim();
        int[] pos = positions(view, ids);
        double[] acc = new double[ids.length * dim];
        double[] weight = new double[ids.length];
        int n = Math.min(maxWords, words.size());
        ctx.progress().begin("linking " + n + " words to " + ids.length + " tokens", n);
        int[] seen = new int[pos.length];
        Arrays.fill(seen, -1);
        for (int start = 0; start < n; start += CHUNK) {
            ctx.cancellation().check();
            int end = Math.min(n, start + CHUNK);
            List<String> texts = new ArrayList<>();
            int[] firstText = new int[end - start + 1];
            for (int j = start; j < end; j++) {
                firstText[j - start] = texts.size();
                texts.addAll(linking.variants.apply(words.word(j)));
            }
            firstText[end - start] = texts.size();
            List<int[]> encoded = view.encodeAll(texts);
            for (int j = start; j < end; j++) {
                double w = linking.zipf ? 1.0 / (j + 1) : 1.0;
                float[] v = null;
                for (int t = firstText[j - start]; t < firstText[j - start + 1]; t++) {
                    for (int id : encoded.get(t)) {
                        int p = id >= 0 && id < pos.length ? pos[id] : -1;
                        if (p < 0 || seen[id] == j) {
                            continue; // not wanted, or already linked to this word (S_i is a set)
                        }
                        seen[id] = j;
                        v = v == null ? words.vector(j) : v;
                        weight[p] += w;
                        for (int d = 0; d < dim; d++) {
                            acc[p * dim + d] += w * v[d];
                        }
                    }
                }
            }
            ctx.progress().advance(end - start);
        }
        float[] rows = new float[ids.length * dim];
        for (int p = 0; p < ids.length; p++) {
            for (int d = 0; weight[p] > 0 && d < dim; d++) {
                rows[p * dim + d] = (float) (acc[p * dim + d] / weight[p]);
            }
        }
        return new TokenSpace(ids.clone(), dim, rows);
    }

    /// The anchors that are text: byte pieces and special tokens have no static vector and are never sources.
    public static int[] textAnchors(InitProblem problem) {
        return problem.anchors().stream()
                .filter(id -> id < problem.base().size() && TokenForm.of(problem.base(), id).hasText())
                .toArray();
    }

    /// Position of each wanted text token id in `ids`, -1 for every other id.
    private static int[] positions(TokenizerView view, int[] ids) {
        int size = view.size();
        for (int id : ids) {
            size = Math.max(size, id + 1);
        }
        int[] pos = new int[size];
        Arrays.fill(pos, -1);
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < view.size() && TokenForm.of(view, ids[i]).hasText()) {
                pos[ids[i]] = i;
            }
        }
        return pos;
    }

    static String ofaKey(String key) {
        String k = key.length() > 4 && key.charAt(3) == ':' && key.substring(0, 3).chars().allMatch(Character::isLowerCase)
                ? key.substring(4) : key;
        return k.replace('$', ' ').strip();
    }

    static String capitalised(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
