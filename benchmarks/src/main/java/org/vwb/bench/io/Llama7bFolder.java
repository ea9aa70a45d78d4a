package org.vwb.bench.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vwb.common.AtomicFiles;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.SafetensorsWriter;
import org.vwb.safetensors.ShardIndex;
import org.vwb.safetensors.ShardedWriter;
import org.vwb.safetensors.TensorData;

/// Writes a Llama-2-7B-shaped model folder with real, random (incompressible, non-zero) bf16 data, for
/// timing `vwb expand` against `cp -r`: the 291 tensors of Llama-2-7B with their names and shapes
/// (32,000 × 4,096 embedding and untied `lm_head`, 32 layers of q/k/v/o 4,096², gate/up 11,008 × 4,096,
/// down 4,096 × 11,008, two RMS norms each, the final norm), 13.48 GB, the 7B `config.json` and a
/// tokenizer copied from a given file. Unlike [SparseLlamaFolder] every byte is on disk, so copying it
/// costs what copying a real checkpoint costs.
///
/// Shards: `2` is the split of the published `Llama-2-7b-hf` (embedding and layers 0–23 in the first
/// file, layers 24–31, the final norm and `lm_head` in the second: both are rewritten by an expansion);
/// `3` is what `save_pretrained(max_shard_size="5GB")` gives (layers 0–11 / 12–23 / 24–31: the middle
/// shard holds neither matrix and is copied whole).
///
/// Values: each bf16 has a random sign and mantissa and an exponent that puts it in ±[2⁻⁷, 2⁻³)
/// (norm weights in [1, 2)), like trained weights of std ~0.02; a xorshift generator seeded per tensor
/// makes the folder the same on every run. Labelled synthetic in `config.json` and the shard metadata.
///
/// `Llama7bFolder OUT_DIR TOKENIZER_MODEL [SHARDS]`; does nothing when `OUT_DIR` already has an index.
public final class Llama7bFolder {
    private static final long VOCAB = 32_000;
    private static final long HIDDEN = 4_096;
    private static final long MLP = 11_008;
    private static final int LAYERS = 32;
    /// Random sign, exponent bits 0–1 and mantissa of each bf16 lane; the rest of the exponent fixed.
    private static final long WEIGHT_MASK = 0x81FF_81FF_81FF_81FFL;
    private static final long WEIGHT_BITS = 0x3C00_3C00_3C00_3C00L; // exponent 0x78..0x7B: 2^-7 .. 2^-4 × [1, 2)
    private static final long NORM_MASK = 0x007F_007F_007F_007FL;
    private static final long NORM_BITS = 0x3F80_3F80_3F80_3F80L; // exponent 0x7F: [1, 2), positive

    private Llama7bFolder() {
    }

    /// Entry point.
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path tokenizer = Path.of(args[1]);
        int shardCount = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        if (shardCount != 2 && shardCount != 3) {
            throw new IllegalArgumentException("SHARDS must be 2 or 3, was " + shardCount);
        }
        if (Files.exists(out.resolve(ShardIndex.FILE_NAME))) {
            System.out.println("exists: " + out);
            return;
        }
        long t0 = System.nanoTime();
        List<Map<String, long[]>> shards = layout(shardCount);
        ShardedWriter sharded = new ShardedWriter().parallelism(2);
        long total = 0;
        int tensors = 0;
        for (int i = 0; i < shardCount; i++) {
            SafetensorsWriter w = SafetensorsWriter.create().metadata("vwb.synthetic", "true")
                    .metadata("vwb.operation", "Llama-2-7B-shaped benchmark checkpoint, random bf16");
            for (Map.Entry<String, long[]> e : shards.get(i).entrySet()) {
                w.add(e.getKey(), DType.BF16, e.getValue(), new RandomBf16(e.getKey(), e.getValue()));
                total += 2 * e.getValue()[0] * (e.getValue().length > 1 ? e.getValue()[1] : 1);
                tensors++;
            }
            sharded.shard(ShardedWriter.shardName(i + 1, shardCount), w);
        }
        AtomicFiles.writeDirectory(out, false, tmp -> {
            sharded.write(tmp);
            Files.writeString(tmp.resolve("config.json"), CONFIG);
            Files.copy(tokenizer, tmp.resolve("tokenizer.model"), StandardCopyOption.REPLACE_EXISTING);
        });
        System.out.printf(Locale.ROOT, "wrote %s: %d tensors in %d shards, %.2f GB of bf16 data, in %.1f s%n", out,
                tensors, shardCount, total / 1e9, (System.nanoTime() - t0) / 1e9);
    }

    /// Tensor names and shapes per shard, in the order `transformers` saves them.
    private static List<Map<String, long[]>> layout(int shardCount) {
        List<Map<String, long[]>> shards = new ArrayList<>();
        for (int i = 0; i < shardCount; i++) {
            shards.add(new LinkedHashMap<>());
        }
        shards.getFirst().put("model.embed_tokens.weight", new long[] {VOCAB, HIDDEN});
        for (int l = 0; l < LAYERS; l++) {
            Map<String, long[]> s = shards.get(shardCount == 2 ? (l < 24 ? 0 : 1) : l / 12);
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
        shards.getLast().put("model.norm.weight", new long[] {HIDDEN});
        shards.getLast().put("lm_head.weight", new long[] {VOCAB, HIDDEN});
        return shards;
    }

    /// Random bf16 bytes for one tensor, streamed in 4 MiB blocks (xorshift64*, four values per draw).
    private static final class RandomBf16 implements TensorData {
        private static final int BLOCK = 4 << 20;
        private final long bytes;
        private final long seed;
        private final long mask;
        private final long bits;

        RandomBf16(String name, long[] shape) {
            long n = 2;
            for (long d : shape) {
                n *= d;
            }
            this.bytes = n;
            this.seed = 0x9E37_79B9_7F4A_7C15L ^ name.hashCode() * 0xBF58_476D_1CE4_E5B9L;
            boolean norm = shape.length == 1;
            this.mask = norm ? NORM_MASK : WEIGHT_MASK;
            this.bits = norm ? NORM_BITS : WEIGHT_BITS;
        }

        @Override
        public long byteLength() {
            return bytes;
        }

        @Override
        public void writeTo(WritableByteChannel out) throws IOException {
            ByteBuffer buf = ByteBuffer.allocateDirect(BLOCK).order(ByteOrder.LITTLE_ENDIAN);
            long x = seed == 0 ? 1 : seed;
            for (long done = 0; done < bytes; ) {
                int n = (int) Math.min(BLOCK, bytes - done); // a multiple of 8: every shape has an even dimension × 2 bytes × 4
                buf.clear().limit(n);
                while (buf.remaining() >= 8) {
                    x ^= x >>> 12;
                    x ^= x << 25;
                    x ^= x >>> 27;
                    buf.putLong((x * 0x2545_F491_4F6C_DD1DL) & mask | bits);
                }
                buf.flip();
                while (buf.hasRemaining()) {
                    out.write(buf);
                }
                done += n;
            }
        }
    }

    private static final String CONFIG = """
            {
              "_name_or_path": "synthetic Llama-2-7B-shaped checkpoint (random bf16 weights)",
              "architectures": ["LlamaForCausalLM"],
              "bos_token_id": 1,
              "eos_token_id": 2,
              "hidden_act": "silu",
              "hidden_size": 4096,
              "initializer_range": 0.02,
              "intermediate_size": 11008,
              "max_position_embeddings": 4096,
              "model_type": "llama",
              "num_attention_heads": 32,
              "num_hidden_layers": 32,
              "num_key_value_heads": 32,
              "pretraining_tp": 1,
              "rms_norm_eps": 1e-05,
              "rope_scaling": null,
              "tie_word_embeddings": false,
              "torch_dtype": "bfloat16",
              "transformers_version": "4.31.0.dev0",
              "use_cache": true,
              "vocab_size": 32000,
              "_vwb_synthetic": "Llama-2-7B-shaped benchmark folder; random bf16 weights, not a trained model"
            }
            """;
}
