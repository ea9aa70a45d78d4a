package org.vwb.align;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.vwb.common.AtomicFiles;

/// An ordered list of distinct source → target word pairs. A source word may have several targets.
public record BilingualDictionary(List<WordPair> pairs) {

    /// Copies `pairs`, dropping repeats but keeping the first-seen order.
    public BilingualDictionary {
        pairs = List.copyOf(new LinkedHashSet<>(pairs));
    }

    /// Number of distinct pairs.
    public int size() {
        return pairs.size();
    }

    /// Each source word with its targets, in first-seen order.
    public Map<String, List<String>> bySource() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (WordPair p : pairs) {
            out.computeIfAbsent(p.source(), _ -> new ArrayList<>()).add(p.target());
        }
        return out;
    }

    /// A seeded split by source word (all pairs of one source word fall on the same side), so a test
    /// word is never seen in training: about `testFraction` of the distinct source words go to `test`.
    ///
    /// @return `[train, test]`
    public List<BilingualDictionary> split(double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must lie in (0, 1), was " + testFraction);
        }
        List<String> sources = new ArrayList<>(bySource().keySet());
        java.util.Collections.shuffle(sources, new java.util.Random(seed));
        java.util.Set<String> test = new java.util.HashSet<>(sources.subList(0, (int) Math.round(sources.size() * testFraction)));
        List<WordPair> a = new ArrayList<>();
        List<WordPair> b = new ArrayList<>();
        for (WordPair p : pairs) {
            (test.contains(p.source()) ? b : a).add(p);
        }
        return List.of(new BilingualDictionary(a), new BilingualDictionary(b));
    }

    /// The same pairs with source and target swapped.
    public BilingualDictionary inverted() {
        return new BilingualDictionary(pairs.stream().map(p -> new WordPair(p.target(), p.source())).toList());
    }

    /// Writes the pairs as `source<TAB>target` lines (UTF-8), atomically: the format
    /// [DictionaryReader#readPairs] and WECHSEL read.
    public void writeTsv(Path target) throws IOException {
        AtomicFiles.writeFile(target, tmp -> {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (WordPair p : pairs) {
                    out.write(p.source() + "\t" + p.target() + "\n");
                }
            }
        });
    }
}
