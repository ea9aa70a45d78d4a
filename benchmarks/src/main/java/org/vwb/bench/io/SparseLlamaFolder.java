package org.vwb.bench.io;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Writes a Llama-2-7B-shaped model folder whose tensor data is sparse (holes read as zeros): real
/// names, shapes and a valid safetensors layout in two bf16 shards (13.5 GB apparent size, a few KB on
/// disk), the 7B `config.json`, and a tokenizer copied from a given file. For timing `vwb inspect`,
/// which must never read tensor data. Labelled synthetic in its metadata.
///
/// `SparseLlamaFolder OUT_DIR TOKENIZER_MODEL`
public final class SparseLlamaFolder {
    private static final long VOCAB = 32_000;
    private static final long HIDDEN = 4_096;
    private static final long MLP = 11_008;
    private static final int LAYERS = 32;

    private SparseLlamaFolder() {
    }

    /// Entry point.
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        List<Map<String, long[]>> shards = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
        shards.get(0).put("model.embed_tokens.weight", new long[] {VOCAB, HIDDEN});
        for (int l = 0; l < LAYERS; l++) {
            Map<String, long[]> s = shards.get(l < LAYERS / 2 ? 0 : 1);
            String p = "model.layers." + l + ".";
            for (String proj : List.of("q_proj", "k_proj", "v_proj", "o_proj")) {
                s.put(p + "self_attn." + proj + ".weight", new long[] {HIDDEN, HIDDEN});
            }
            s.put(p + "mlp.gate_proj.weight", new long[] {MLP, HIDDEN});
            s.put(p + "mlp.up_proj.weight", new long[] {MLP, HIDDEN});
            s.put(p + "mlp.down_proj.weight", new long[] {HIDDEN, MLP});
            s.put(p + "input_layernorm.weight", new long[] {HIDDEN});
            s.put(p + "post_attention_layernorm.weight", new long[] {HIDDEN});
        }
        shards.get(1).put("model.norm.weight", new long[] {HIDDEN});
        shards.get(1).put("lm_head.weight", new long[] {VOCAB, HIDDEN});
        StringBuilder weightMap = new StringBuilder();
        long total = 0;
        for (int i = 0; i < 2; i++) {
            String name = String.format(Locale.ROOT, "model-%05d-of-00002.safetensors", i + 1);
            total += writeSparseShard(out.resolve(name), shards.get(i));
            for (String t : shards.get(i).keySet()) {
                weightMap.append(weightMap.isEmpty() ? "" : ",\n").append("    \"").append(t).append("\": \"")
                        .append(name).append('"');
            }
        }
        Files.writeString(out.resolve("model.safetensors.index.json"), "{\n  \"metadata\": {\"total_size\": " + total
                + "},\n  \"weight_map\": {\n" + weightMap + "\n  }\n}\n");
        Files.writeString(out.resolve("config.json"), CONFIG);
        Files.copy(Path.of(args[1]), out.resolve("tokenizer.model"), StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "wrote %s: %d tensors, %.2f GB apparent size%n", out,
                shards.get(0).size() + shards.get(1).size(), total / 1e9);
    }

    private static long writeSparseShard(Path file, Map<String, long[]> tensors) throws IOException {
        StringBuilder json = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\",\"vwb.synthetic\":\"true\"}");
        long offset = 0;
        List<String> sorted = new ArrayList<>(tensors.keySet());
        java.util.Collections.sort(sorted);
        for (String name : sorted) {
            long[] shape = tensors.get(name);
            long bytes = 2;
            StringBuilder dims = new StringBuilder();
            for (long d : shape) {
                bytes *= d;
                dims.append(dims.isEmpty() ? "" : ",").append(d);
            }
            json.append(",\"").append(name).append("\":{\"dtype\":\"BF16\",\"shape\":[").append(dims)
                    .append("],\"data_offsets\":[").append(offset).append(',').append(offset + bytes).append("]}");
            offset += bytes;
        }
        json.append('}');
        while (json.length() % 8 != 0) {
            json.append(' ');
        }
        byte[] header = json.toString().getBytes(StandardCharsets.UTF_8);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(0);
            byte[] len = new byte[8];
            java.nio.ByteBuffer.wrap(len).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(header.length);
            f.write(len);
            f.write(header);
            f.setLength(8 + header.length + offset); // the data section is a hole
        }
        return offset;
    }

    private static final String CONFIG = """
            {
              "architectures": ["LlamaForCausalLM"],
              "model_type": "llama",
              "vocab_size": 32000,
              "hidden_size": 4096,
              "intermediate_size": 11008,
              "num_hidden_layers": 32,
              "num_attention_heads": 32,
              "num_key_value_heads": 32,
              "max_position_embeddings": 4096,
              "rms_norm_eps": 1e-05,
              "tie_word_embeddings": false,
              "torch_dtype": "bfloat16",
              "bos_token_id": 1,
              "eos_token_id": 2,
              "_vwb_synthetic": "sparse Llama-2-7B-shaped folder for timing vwb inspect; tensor data is all zero"
            }
            """;
}
