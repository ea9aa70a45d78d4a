package org.vwb.vocab.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.internal.ByteLevelAlphabet;

/// Merging into a GPT-2-style byte-level BPE (Qwen, Llama 3 shape), where a CJK character is three
/// byte symbols and intermediate pieces may be cut inside a character.
class ByteLevelMergeTest {

    @TempDir
    Path dir;

    static String spell(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            sb.append(ByteLevelAlphabet.charOf(b));
        }
        return sb.toString();
    }

    private Path byteLevelBase() throws IOException {
        return byteLevelBase(dir);
    }

    /// A GPT-2-style byte-level BPE folder `dir/base`: 256 byte symbols, four merges, one special token.
    static Path byteLevelBase(Path dir) throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode().put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        root.putArray("added_tokens").addObject().put("id", 260).put("content", "<|end|>").put("single_word", false)
                .put("lstrip", false).put("rstrip", false).put("normalized", false).put("special", true);
        root.putNull("normalizer");
        root.putObject("pre_tokenizer").put("type", "ByteLevel").put("add_prefix_space", false).put("trim_offsets", true)
                .put("use_regex", true);
        root.putNull("post_processor");
        root.putObject("decoder").put("type", "ByteLevel").put("add_prefix_space", true).put("trim_offsets", true)
                .put("use_regex", true);
        ObjectNode model = root.putObject("model").put("type", "BPE");
        model.putNull("dropout");
        model.putNull("unk_token");
        model.put("byte_fallback", false).put("ignore_merges", false);
        ObjectNode vocab = model.putObject("vocab");
        for (int b = 0; b < 256; b++) {
            vocab.put(String.valueOf(ByteLevelAlphabet.charOf(b)), b);
        }
        String[][] merges = {{"h", "e"}, {"l", "l"}, {"he", "ll"}, {"Ġ", "w"}};
        int id = 256;
        for (String[] mm : merges) {
            vocab.put(mm[0] + mm[1], id++);
        }
        var list = model.putArray("merges");
        for (String[] mm : merges) {
            list.addArray().add(mm[0]).add(mm[1]);
        }
        Path base = Files.createDirectories(dir.resolve("base"));
        Files.writeString(base.resolve("tokenizer.json"), m.writeValueAsString(root));
        return base;
    }

    @Test
    void cjkPiecesBecomeReachableAfterTheAddedTokensWithoutMovingThem() throws IOException {
        Path base = byteLevelBase();
        Path csv = Files.writeString(dir.resolve("c.csv"), spell("中文") + ",5,3,,\n" + spell(" 中文") + ",4,3,,\n");
        MergeReport r = TokenizerMerge.run(new MergeRequest(base, csv, 10, dir.resolve("out"), List.of()), JobContext.silent());
        assertEquals(2, r.added());
        assertEquals(0, r.unreachable());
        assertEquals(0, r.englishLinesChanged());
        assertEquals(0, r.checks().getFirst().addedTokensMoved());
        assertEquals(261, r.oldSize(), "ids after the added token at 260");
        try (TokenizerEncoder e = TokenizerEncoder.open(dir.resolve("out/tokenizer.json"))) {
            int zw = e.vocabulary().idOf(spell("中文")).getAsInt();
            assertEquals(true, zw > 260);
            assertArrayEquals(new int[] {zw}, e.encode("中文"));
            assertArrayEquals(new int[] {260}, e.encode("<|end|>"));
            assertEquals("hello 中文", e.decode(e.encode("hello 中文")));
        }
    }
}
