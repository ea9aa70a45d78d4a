package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.vwb.model.ModelFolder;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.Vocabulary;

/// Loads the output's tokenizer files in the native engines (SentencePiece, HF tokenizers) and checks them
/// against the rows and the base's tokenizer.
final class TokenizerComparison {
    /// Text every tokenizer must encode to ids that have rows: Latin, CJK and a character most base
    /// vocabularies lack.
    private static final String PROBE = "Hello world, 中文分词测试 ✓";

    private TokenizerComparison() {
    }

    /// Checks every vocabulary file of `output` and returns its size by file name.
    static Map<String, Integer> run(ModelFolder base, Path output, long rows, OptionalInt pad, Differences diffs)
            throws IOException {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        BaseVocabularies baseVocabularies = new BaseVocabularies(base);
        for (String name : TokenizerNames.READABLE) {
            Path file = output.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (TokenizerEncoder e = TokenizerEncoder.open(file)) {
                Vocabulary v = e.vocabulary();
                sizes.put(name, v.size());
                if (v.size() > rows) {
                    diffs.add(name, "ids", "at most " + rows + " (the embedding's rows)", v.size());
                }
                for (int id : e.encode(PROBE)) {
                    if (id < 0 || id >= v.size()) {
                        diffs.add(name, "id of encoded text", "within [0, " + v.size() + ")", id);
                        break;
                    }
                }
                Optional<Vocabulary> old = baseVocabularies.file(name);
                if (old.isPresent()) {
                    NewTokenizer.extensionProblem(old.get(), v)
                            .ifPresent(p -> diffs.add(name, "old pieces", "the base's pieces at their ids", p));
                }
            } catch (TokenizerFormatException ex) {
                diffs.add(name, "native load", "a tokenizer the engine loads", ex.getMessage());
            }
        }
        Optional<Vocabulary> old = baseVocabularies.main();
        if (old.isPresent() && sizes.isEmpty()) {
            diffs.add(".", "tokenizer", "a tokenizer file (the base has one)", "none");
        }
        long oldRows = base.layout().rows();
        int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (old.isPresent() && old.get().size() < oldRows && largest > old.get().size()) {
            diffs.add(".", "new ids", "at or after " + oldRows + " (the base's rows beyond its tokenizer are padding)",
                    "ids from " + old.get().size());
        }
        if (pad.isPresent() && !sizes.isEmpty()) {
            int multiple = Math.max(1, pad.getAsInt());
            long expected = (largest + (long) multiple - 1) / multiple * multiple;
            if (rows != expected) {
                diffs.add(".", "rows", expected + " (the tokenizer's " + largest + " ids"
                        + (multiple > 1 ? " rounded up to a multiple of " + multiple : "") + ")", rows);
            }
        }
        return sizes;
    }
}
