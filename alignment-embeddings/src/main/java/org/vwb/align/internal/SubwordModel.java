package org.vwb.align.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.vwb.align.SubwordSpec;

/// fastText's way of turning any string into a vector: the mean of the word's own input row (when the
/// word is in the vocabulary) and the rows of its character n-grams.
///
/// Mirrors `Dictionary::computeSubwords` / `FastText::getWordVector` (fastText 0.9, read, not copied):
/// n-grams are taken over the UTF-8 bytes of `<word>` and never start inside a multi-byte character;
/// `n` counts characters; 1-grams that are the `<` or `>` marker are skipped; `</s>` gets no n-grams.
public final class SubwordModel {
    /// fastText's end-of-sentence token, which never gets character n-grams.
    public static final String EOS = "</s>";
    private static final int FNV_OFFSET = 0x811C9DC5; // 2166136261
    private static final int FNV_PRIME = 16777619;

    private final SubwordSpec spec;
    private final FloatRows input;
    private final WordIndex words;

    /// A model over the full input matrix (`nwords + bucket` rows) and the word index of its vocabulary.
    public SubwordModel(SubwordSpec spec, FloatRows input, WordIndex words) {
        this.spec = spec;
        this.input = input;
        this.words = words;
    }

    /// The n-gram parameters.
    public SubwordSpec spec() {
        return spec;
    }

    /// fastText's FNV-1a variant: each byte is sign-extended (cast to int8) before the xor. This is what
    /// released models were trained with, so bytes ≥ 0x80 (all CJK) hash differently from textbook FNV-1a.
    public static int hash(byte[] b, int from, int to) {
        int h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= b[i]; // Java bytes are signed: the same sign extension as uint32_t(int8_t(c))
            h *= FNV_PRIME;
        }
        return h;
    }

    /// The input-matrix rows whose mean is the vector of `text`, in fastText's order.
    public int[] rowsFor(String text) {
        List<String> ignored = new ArrayList<>();
        return rowsFor(text, ignored);
    }

    /// Like [#rowsFor(String)], also collecting the n-gram strings (the word itself first if known).
    public int[] rowsFor(String text, List<String> substrings) {
        IntList rows = new IntList();
        int id = words.indexOf(text);
        if (id >= 0) {
            rows.add(id);
            substrings.add(text);
        }
        if (!text.equals(EOS)) {
            byte[] w = ("<" + text + ">").getBytes(StandardCharsets.UTF_8);
            addNgrams(w, true, true, rows, substrings);
        }
        return rows.toArray();
    }

    /// The rows of a tokenizer piece: n-grams of `<piece` for a word-start piece (plus the word's own row
    /// when `piece` is a vocabulary word), of the bare `piece` for a word-internal one. No end marker
    /// `>`: a piece may or may not end its word.
    public int[] rowsForPiece(String piece, boolean wordStart, List<String> substrings) {
        IntList rows = new IntList();
        if (piece.isEmpty()) {
            return rows.toArray();
        }
        if (wordStart) {
            int id = words.indexOf(piece);
            if (id >= 0) {
                rows.add(id);
                substrings.add(piece);
            }
        }
        byte[] w = ((wordStart ? "<" : "") + piece).getBytes(StandardCharsets.UTF_8);
        addNgrams(w, wordStart, false, rows, substrings);
        return rows.toArray();
    }

    /// The mean of `rows` into `out` (zeros when empty), with fastText's rounding.
    public void meanOf(int[] rows, float[] out) {
        java.util.Arrays.fill(out, 0f);
        for (int r : rows) {
            input.addRowTo(r, out);
        }
        if (rows.length > 0) {
            float scale = (float) (1.0 / rows.length);
            for (int j = 0; j < out.length; j++) {
                out[j] *= scale;
            }
        }
    }

    /// Writes the mean of the rows of `text` into `out` (zeros when it has none).
    public void vectorFor(String text, float[] out) {
        java.util.Arrays.fill(out, 0f);
        int[] rows = rowsFor(text, new ArrayList<>(0));
        for (int r : rows) {
            input.addRowTo(r, out);
        }
        if (rows.length > 0) {
            // fastText multiplies by the float of 1.0/n rather than dividing; keep its rounding.
            float scale = (float) (1.0 / rows.length);
            for (int j = 0; j < out.length; j++) {
                out[j] *= scale;
            }
        }
    }

    private void addNgrams(byte[] w, boolean startMarker, boolean endMarker, IntList rows, List<String> substrings) {
        if (spec.bucket() == 0) {
            return;
        }
        for (int i = 0; i < w.length; i++) {
            if ((w[i] & 0xC0) == 0x80) {
                continue; // a continuation byte: n-grams start at character boundaries only
            }
            int j = i;
            for (int n = 1; j < w.length && n <= spec.maxn(); n++) {
                j++;
                while (j < w.length && (w[j] & 0xC0) == 0x80) {
                    j++;
                }
                if (n >= spec.minn() && !(n == 1 && ((startMarker && i == 0) || (endMarker && j == w.length)))) {
                    int bucket = Integer.remainderUnsigned(hash(w, i, j), spec.bucket());
                    rows.add(spec.nwords() + bucket);
                    substrings.add(new String(w, i, j - i, StandardCharsets.UTF_8));
                }
            }
        }
    }

    /// A growable int array (n-gram lists are short; avoids boxing).
    private static final class IntList {
        private int[] a = new int[32];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
