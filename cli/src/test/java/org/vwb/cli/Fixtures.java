package org.vwb.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/// Hand-made model folders: safetensors bytes written here directly (F32, zero data) so the CLI tests
/// do not depend on the writer they are testing against.
final class Fixtures {

    private Fixtures() {
    }

    /// A Llama-style folder: embedding `[vocab, hidden]`, optional untied head, one norm vector.
    static Path llama(Path dir, int configVocab, int configHidden, long rows, long cols, boolean head)
            throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.json"), """
                {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": %d,
                 "hidden_size": %d, "tie_word_embeddings": %s, "torch_dtype": "float32",
                 "bos_token_id": 1, "eos_token_id": 2}
                """.formatted(configVocab, configHidden, !head));
        Map<String, long[]> tensors = new LinkedHashMap<>();
        tensors.put("model.embed_tokens.weight", new long[] {rows, cols});
        if (head) {
            tensors.put("lm_head.weight", new long[] {rows, cols});
        }
        tensors.put("model.norm.weight", new long[] {cols});
        Files.write(dir.resolve("model.safetensors"), safetensors(tensors));
        return dir;
    }

    /// A two-shard Llama-style folder with `model.safetensors.index.json`.
    static Path shardedLlama(Path dir, int vocab, int hidden) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.json"), """
                {"model_type": "llama", "vocab_size": %d, "hidden_size": %d, "tie_word_embeddings": false}
                """.formatted(vocab, hidden));
        Files.write(dir.resolve("model-00001-of-00002.safetensors"),
                safetensors(Map.of("model.embed_tokens.weight", new long[] {vocab, hidden})));
        Files.write(dir.resolve("model-00002-of-00002.safetensors"),
                safetensors(Map.of("lm_head.weight", new long[] {vocab, hidden})));
        long total = 2L * vocab * hidden * 4;
        writeIndex(dir, total, "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors");
        return dir;
    }

    static void writeIndex(Path dir, long total, String embeddingShard, String headShard) throws IOException {
        Files.writeString(dir.resolve("model.safetensors.index.json"), """
                {"metadata": {"total_size": %d},
                 "weight_map": {"model.embed_tokens.weight": "%s", "lm_head.weight": "%s"}}
                """.formatted(total, embeddingShard, headShard));
    }

    /// A valid F32 safetensors file with zero data, header padded with spaces to a multiple of 8.
    static byte[] safetensors(Map<String, long[]> tensors) {
        StringBuilder h = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\"}");
        long offset = 0;
        for (Map.Entry<String, long[]> e : tensors.entrySet()) {
            long n = 4;
            StringBuilder shape = new StringBuilder();
            for (long d : e.getValue()) {
                n *= d;
                shape.append(shape.isEmpty() ? "" : ",").append(d);
            }
            h.append(",\"").append(e.getKey()).append("\":{\"dtype\":\"F32\",\"shape\":[").append(shape)
                    .append("],\"data_offsets\":[").append(offset).append(',').append(offset + n).append("]}");
            offset += n;
        }
        h.append('}');
        while ((8 + h.length()) % 8 != 0) {
            h.append(' ');
        }
        byte[] header = h.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(8 + header.length + (int) offset).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(header.length).put(header);
        return buf.array();
    }
}
