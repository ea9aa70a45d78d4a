package org.vwb.vocab.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.vocab.internal.ByteLevelAlphabet;

/// Mining on a byte-level BPE `tokenizer.json` (GPT-2 alphabet, only the 256 byte pieces): pieces are
/// spelled in the byte alphabet, may hold part of a character on the way, and never cross the
/// pre-tokenizer's words.
class ByteLevelMiningTest {

    @TempDir
    Path dir;

    private Path byteLevelTokenizer() throws IOException {
        StringBuilder vocab = new StringBuilder();
        for (int b = 0; b < 256; b++) {
            String c = String.valueOf(ByteLevelAlphabet.charOf(b));
            String escaped = c.equals("\"") ? "\\\"" : c.equals("\\") ? "\\\\" : c;
            vocab.append(b == 0 ? "" : ",").append('"').append(escaped).append("\":").append(b);
        }
        String json = """
                {"version": "1.0", "truncation": null, "padding": null, "added_tokens": [], "normalizer": null,
                 "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": true},
                 "post_processor": null,
                 "decoder": {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true, "use_regex": true},
                 "model": {"type": "BPE", "dropout": null, "unk_token": null, "continuing_subword_prefix": null,
                           "end_of_word_suffix": null, "fuse_unk": false, "byte_fallback": false,
                           "vocab": {%s}, "merges": []}}
                """.formatted(vocab);
        Path p = dir.resolve("tokenizer.json");
        Files.writeString(p, json);
        return p;
    }

    @Test
    void mergesBuildWholeCharactersInTheByteAlphabetWithinWords() throws IOException {
        Path corpus = MiningFixtures.corpus(dir.resolve("c.txt"), MiningFixtures.repeat("中文 中文 中文", 4));
        MiningResult r = SubwordMiner.mine(byteLevelTokenizer(), List.of(corpus),
                new MiningOptions(20, 1, 16, Script.CJK, false, 2), JobContext.silent());
        assertTrue(r.byteLevel());
        List<Candidate> rows = r.candidates();
        // 中文 is 6 bytes: 5 merges make it whole; the space (Ġ) before the 2nd and 3rd word is never joined
        assertEquals(5, rows.size(), rows.toString());
        Candidate whole = rows.stream().filter(c -> c.text().equals("中文")).findFirst().orElseThrow();
        assertEquals("ä¸Ńæĸĩ", whole.piece());
        assertEquals(12, whole.frequency());
        for (Candidate c : rows) {
            assertEquals(c.piece(), c.left() + c.right());
            assertFalse(c.piece().contains("Ġ"), c.toString());
            assertTrue(c.tokensSaved() == 12, c.toString());
        }
        assertEquals(4 * 3 * 6 + 4 * 2, r.stats().baseTokens(), "18 bytes of CJK and two spaces per line");
    }
}
