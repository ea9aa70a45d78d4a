package org.vwb.embedinit.eval.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.vwb.embedinit.TokenizerView;
import org.vwb.embedinit.eval.ReconstructionException;
import org.vwb.embedinit.eval.ReconstructionSpec;
import org.vwb.numeric.FloatMatrix;
import org.vwb.vocab.TokenKind;

/// Which tokens may serve as anchors, which may be held out, and the seeded choice among the latter.
///
/// @param normal   normal pieces with a row, other than BERT-style `[unusedN]` placeholders: the anchors
///                 before the held-out ids are removed
/// @param eligible the normal tokens that pass every filter of the spec, increasing
/// @param chosen   the held-out ids, increasing
/// @param surfaces per chosen id, the text the full tokenizer encodes to exactly that id (see [#surface])
public record HoldOut(BitSet normal, int[] eligible, int[] chosen, String[] surfaces) {

    /// BERT's never-trained placeholder rows (`[unused0]`…) and the `<unusedN>` of Gemma-style vocabularies.
    private static final Pattern UNUSED = Pattern.compile("\\[unused\\d+]|<unused\\d+>");

    /// Selects the held-out tokens for `spec`.
    ///
    /// @param counts per-id corpus counts of the full tokenizer, or `null` without a frequency filter
    /// @throws ReconstructionException when fewer tokens are eligible than `spec.holdout()`
    public static HoldOut select(TokenizerView full, FloatMatrix input, ReconstructionSpec spec, long[] counts)
            throws ReconstructionException {
        BitSet normal = normalTokens(full, input.rows());
        double[] mean = mean(input, normal);
        int[] filtered = normal.stream().filter(id -> eligible(full, input, mean, id, spec, counts)).toArray();
        String[] surfaces = surfacesOf(full, filtered);
        int[] eligible = java.util.stream.IntStream.range(0, filtered.length).filter(i -> surfaces[i] != null)
                .map(i -> filtered[i]).toArray();
        if (eligible.length < spec.holdout()) {
            throw new ReconstructionException(ReconstructionException.Reason.TOO_FEW_ELIGIBLE, "asked to hold out "
                    + spec.holdout() + " tokens but only " + eligible.length + " of " + normal.cardinality()
                    + " normal tokens are eligible (cosine to the mean row < " + spec.maxMeanCosine()
                    + (spec.wholeWords() ? ", whole words of letters" : "") + ", at least 2 characters"
                    + (counts != null ? ", corpus frequency >= " + spec.minFrequency() : "")
                    + ", encoded by the tokenizer as itself); hold out fewer or relax a filter");
        }
        int[] chosen = choose(eligible, spec.holdout(), spec.seed());
        java.util.Map<Integer, String> byId = new java.util.HashMap<>();
        for (int i = 0; i < filtered.length; i++) {
            byId.put(filtered[i], surfaces[i]);
        }
        return new HoldOut(normal, eligible, chosen, Arrays.stream(chosen).mapToObj(byId::get).toArray(String[]::new));
    }

    /// The surface form of each id: its text, or the text without its leading space, whichever the full
    /// tokenizer encodes to exactly that id (`null` when neither does). SentencePiece-style tokenizers
    /// add the word-start `▁` themselves (dummy prefix) and would turn a leading space into a second one;
    /// byte-level BPE needs the space; WordPiece texts have none.
    public static String[] surfacesOf(TokenizerView full, int[] ids) {
        List<String> texts = new ArrayList<>(ids.length);
        List<String> stripped = new ArrayList<>(ids.length);
        for (int id : ids) {
            texts.add(full.text(id));
            stripped.add(full.text(id).stripLeading());
        }
        List<int[]> a = full.encodeAll(texts);
        List<int[]> b = full.encodeAll(stripped);
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            int[] self = {ids[i]};
            out[i] = Arrays.equals(a.get(i), self) ? texts.get(i) : Arrays.equals(b.get(i), self) ? stripped.get(i) : null;
        }
        return out;
    }

    /// Normal pieces with a row in the matrix, except `[unusedN]` placeholders.
    static BitSet normalTokens(TokenizerView full, int rows) {
        BitSet out = new BitSet();
        for (int id = 0; id < Math.min(rows, full.size()); id++) {
            if (full.tokenKind(id) == TokenKind.NORMAL && !full.piece(id).isEmpty()
                    && !UNUSED.matcher(full.piece(id)).matches()) {
                out.set(id);
            }
        }
        return out;
    }

    private static boolean eligible(TokenizerView full, FloatMatrix input, double[] mean, int id,
                                    ReconstructionSpec spec, long[] counts) {
        String word = full.text(id).strip();
        // Single characters stay: without them the reduced tokenizer could not spell other words at all.
        if (word.codePointCount(0, word.length()) < 2) {
            return false;
        }
        if (spec.wholeWords() && !(wordStart(full, id) && word.codePoints().allMatch(Character::isLetter))) {
            return false;
        }
        if (counts != null && counts[id] < spec.minFrequency()) {
            return false;
        }
        return cosine(input, id, mean) < spec.maxMeanCosine();
    }

    /// Whether `id` begins a word: no `##` continuation prefix for WordPiece (its text is the piece
    /// itself), a leading space (`▁`, `Ġ`) otherwise; every WordLevel entry is a word.
    static boolean wordStart(TokenizerView view, int id) {
        return switch (view.kind()) {
            case HF_WORDPIECE -> view.piece(id).equals(view.text(id));
            case HF_WORDLEVEL -> true;
            default -> view.text(id).startsWith(" ");
        };
    }

    static double[] mean(FloatMatrix m, BitSet ids) {
        int d = m.cols();
        double[] acc = new double[d];
        ids.stream().forEach(id -> {
            for (int j = 0; j < d; j++) {
                acc[j] += m.data()[id * d + j];
            }
        });
        int n = Math.max(1, ids.cardinality());
        for (int j = 0; j < d; j++) {
            acc[j] /= n;
        }
        return acc;
    }

    static double cosine(FloatMatrix m, int id, double[] v) {
        int d = m.cols();
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int j = 0; j < d; j++) {
            double x = m.data()[id * d + j];
            dot += x * v[j];
            a += x * x;
            b += v[j] * v[j];
        }
        return a == 0 || b == 0 ? 0 : dot / Math.sqrt(a * b);
    }

    /// A seeded partial Fisher–Yates shuffle of the eligible ids; the first `n` are returned sorted.
    static int[] choose(int[] eligible, int n, long seed) {
        int[] pool = eligible.clone();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(pool.length - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        int[] chosen = Arrays.copyOf(pool, n);
        Arrays.sort(chosen);
        return chosen;
    }

    /// The anchors: normal tokens that are not held out.
    public BitSet anchors() {
        BitSet a = (BitSet) normal.clone();
        for (int id : chosen) {
            a.clear(id);
        }
        return a;
    }

    /// The held-out ids as a set.
    public BitSet chosenSet() {
        BitSet s = new BitSet();
        for (int id : chosen) {
            s.set(id);
        }
        return s;
    }
}
