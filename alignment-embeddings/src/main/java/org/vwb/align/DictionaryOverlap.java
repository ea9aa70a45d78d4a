package org.vwb.align;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// Turns dictionary pairs into row pairs of two vector spaces, the training data of an alignment.
public final class DictionaryOverlap {

    private DictionaryOverlap() {
    }

    /// WECHSEL's pairing: for each pair `(s, t)` and each casing variant `s' ∈ {s, lower(s), title(s)}`,
    /// `t' ∈ {t, lower(t), title(t)}` with both words in vocabulary, the row pair `(s', t')`; distinct
    /// pairs in dictionary order. `title` follows Python's `str.title()`.
    ///
    /// @throws VectorFormatException [VectorFormatException.Reason#EMPTY_OVERLAP] if no pair survives
    public static List<IndexPair> casingVariantPairs(BilingualDictionary dictionary, StaticVectors source,
            StaticVectors target) throws VectorFormatException {
        Set<IndexPair> out = new LinkedHashSet<>();
        for (WordPair p : dictionary.pairs()) {
            for (String s : variants(p.source())) {
                int si = source.indexOf(s);
                if (si < 0) {
                    continue;
                }
                for (String t : variants(p.target())) {
                    int ti = target.indexOf(t);
                    if (ti >= 0) {
                        out.add(new IndexPair(si, ti));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new VectorFormatException(VectorFormatException.Reason.EMPTY_OVERLAP,
                    "none of the " + dictionary.size() + " dictionary pairs (e.g. " + example(dictionary)
                            + ") has both words in the vocabularies (source " + source.size() + " words" + firstWord(source)
                            + ", target " + target.size() + " words" + firstWord(target)
                            + "): wrong languages, wrong column order, or different casing/script?");
        }
        return List.copyOf(out);
    }

    /// `{w, lower(w), title(w)}` without repeats, in that order.
    static List<String> variants(String w) {
        Set<String> v = new LinkedHashSet<>();
        v.add(w);
        v.add(w.toLowerCase(Locale.ROOT));
        v.add(title(w));
        return new ArrayList<>(v);
    }

    /// Python's `str.title()`: a cased character after an uncased one is upper-cased, every other cased
    /// character lower-cased ("e-mail" → "E-Mail", "中a" → "中A").
    static String title(String w) {
        StringBuilder b = new StringBuilder(w.length());
        boolean previousCased = false;
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            boolean cased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
            b.appendCodePoint(cased ? (previousCased ? Character.toLowerCase(c) : Character.toTitleCase(c)) : c);
            previousCased = cased;
            i += Character.charCount(c);
        }
        return b.toString();
    }

    private static String firstWord(StaticVectors v) {
        return v.size() == 0 ? "" : ", e.g. '" + v.word(0) + "'";
    }

    private static String example(BilingualDictionary d) {
        return d.pairs().isEmpty() ? "none" : d.pairs().getFirst().source() + " → " + d.pairs().getFirst().target();
    }
}
