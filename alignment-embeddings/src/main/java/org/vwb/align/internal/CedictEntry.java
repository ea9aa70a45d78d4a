package org.vwb.align.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// One CC-CEDICT line, `Trad Simp [pin1 yin1] /gloss 1/gloss 2/`, and the gloss cleaning rules that
/// turn it into single-word English translations.
public record CedictEntry(String traditional, String simplified, String pinyin, List<String> glosses) {
    private static final Pattern LINE = Pattern.compile("^(\\S+) (\\S+) \\[([^\\]]*)\\] /(.*)/\\s*$");
    private static final List<String> DROPPED_PREFIXES =
            List.of("surname", "variant of", "old variant", "see ", "CL:", "abbr.", "used in");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]+(?:-[a-z]+)*");

    /// Copies the glosses.
    public CedictEntry {
        glosses = List.copyOf(glosses);
    }

    /// Parses a (non-comment) line; empty if it is not in CC-CEDICT form.
    public static Optional<CedictEntry> parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> glosses = Arrays.stream(m.group(4).split("/")).filter(g -> !g.isBlank()).toList();
        if (glosses.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CedictEntry(m.group(1), m.group(2), m.group(3), glosses));
    }

    /// CC-CEDICT capitalises the pinyin of proper nouns (`[Bei3 jing1]`).
    public boolean isProperNoun() {
        return !pinyin.isEmpty() && Character.isUpperCase(pinyin.charAt(0));
    }

    /// The glosses that survive cleaning as one lower-case English word each, in order, without repeats.
    public List<String> singleWordGlosses() {
        List<String> out = new ArrayList<>();
        for (String g : glosses) {
            cleanGloss(g).filter(w -> !out.contains(w)).ifPresent(out::add);
        }
        return out;
    }

    /// Applies the cleaning rules to one gloss: empty if dropped or not a single lower-case word.
    public static Optional<String> cleanGloss(String gloss) {
        String g = gloss.strip();
        for (String prefix : DROPPED_PREFIXES) {
            if (g.startsWith(prefix)) {
                return Optional.empty();
            }
        }
        g = stripParentheticals(g).strip().replaceAll("\\s+", " ");
        for (String article : List.of("to ", "a ", "an ", "the ")) {
            if (g.startsWith(article)) {
                g = g.substring(article.length()).strip();
                break;
            }
        }
        return ENGLISH_WORD.matcher(g).matches() ? Optional.of(g) : Optional.empty();
    }

    /// Removes `(…)` groups, nested ones included.
    static String stripParentheticals(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
