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
