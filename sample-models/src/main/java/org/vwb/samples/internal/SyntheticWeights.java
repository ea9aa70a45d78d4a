package org.vwb.samples.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.vwb.safetensors.RowSource;
import org.vwb.samples.SyntheticModelSpec;

/// Deterministic weights of a synthetic Llama model. Every row is drawn from its own random stream
/// (seed, tensor name, row), so rows can be produced in any order and the same spec gives the same bits.
final class SyntheticWeights {

    /// One tensor to write: a matrix `rows × cols`, or a vector when `vector` is set (`rows` is then 1).
    record Tensor(String name, long rows, long cols, boolean vector, RowSource source) {
    }

    private static final double EMBED_SCALE = 0.02;
    private static final double NOISE = 0.35;
    private static final int LATENT_RANK = 16;

    private final SyntheticModelSpec spec;
    private final List<String> pieces;
    private final Map<Integer, double[]> latents = new ConcurrentHashMap<>();

    SyntheticWeights(SyntheticModelSpec spec, List<String> pieces) {
        this.spec = spec;
        this.pieces = pieces;
    }

    /// Every tensor, in Llama's order.
    List<Tensor> tensors() {
        int h = spec.hiddenSize();
        int kv = spec.kvHeads() * spec.headDim();
        int im = spec.intermediateSize();
        List<Tensor> list = new ArrayList<>();
        list.add(new Tensor("model.embed_tokens.weight", pieces.size(), h, false, embedding("embed")));
        for (int l = 0; l < spec.layers(); l++) {
            String p = "model.layers." + l + ".";
            list.add(linear(p + "self_attn.q_proj.weight", h, h));
            list.add(linear(p + "self_attn.k_proj.weight", kv, h));
            list.add(linear(p + "self_attn.v_proj.weight", kv, h));
            list.add(linear(p + "self_attn.o_proj.weight", h, h));
            list.add(linear(p + "mlp.gate_proj.weight", im, h));
            list.add(linear(p + "mlp.up_proj.weight", im, h));
            list.add(linear(p + "mlp.down_proj.weight", h, im));
            list.add(norm(p + "input_layernorm.weight", h));
            list.add(norm(p + "post_attention_layernorm.weight", h));
        }
        list.add(norm("model.norm.weight", h));
        if (!spec.tied()) {
            list.add(new Tensor("lm_head.weight", pieces.size(), h, false, embedding("head")));
        }
        return list;
    }

    private Tensor linear(String name, int rows, int cols) {
        double std = 0.02;
        return new Tensor(name, rows, cols, false, (row, dst) -> {
            SplittableRandom r = random(name, row);
            for (int i = 0; i < cols; i++) {
                dst[i] = (float) (r.nextGaussian() * std);
            }
        });
    }

    private Tensor norm(String name, int size) {
        return new Tensor(name, 1, size, true, (row, dst) -> {
            SplittableRandom r = random(name, row);
            for (int i = 0; i < size; i++) {
                dst[i] = (float) (1.0 + 0.05 * r.nextGaussian());
            }
        });
    }

    /// Row = scale · (mean of the latent vectors of the piece's characters · P + noise), with a per-use
    /// projection P; so `▁king`, `king` and `kings` get correlated rows, as trained embeddings have.
    private RowSource embedding(String use) {
        int h = spec.hiddenSize();
        int rank = Math.min(LATENT_RANK, h);
        double[][] projection = new double[rank][h];
        for (int k = 0; k < rank; k++) {
            SplittableRandom r = random(use + ".projection", k);
            for (int i = 0; i < h; i++) {
                projection[k][i] = r.nextGaussian() / Math.sqrt(rank);
            }
        }
        return (row, dst) -> {
            double[] mean = new double[rank];
            int[] units = spelling((int) row);
            for (int u : units) {
                double[] z = latents.computeIfAbsent(u, cp -> latent(cp, rank));
                for (int k = 0; k < rank; k++) {
                    mean[k] += z[k] / units.length;
                }
            }
            SplittableRandom noise = random(use + ".noise", row);
            for (int i = 0; i < h; i++) {
                double v = 0;
                for (int k = 0; k < rank; k++) {
                    v += mean[k] * projection[k][i];
                }
                dst[i] = (float) (EMBED_SCALE * (v + NOISE * noise.nextGaussian()));
            }
        };
    }

    /// The units a piece is spelled with: its code points; a byte piece and a special token get a
    /// private unit each (outside Unicode), so they do not share structure with text.
    private int[] spelling(int id) {
        String piece = pieces.get(id);
        if (id < SyntheticTokenizer.SPECIALS.size()) {
            return new int[] {0x120000 + id};
        }
        if (id < SyntheticTokenizer.RESERVED) {
            return new int[] {0x110000 + (id - SyntheticTokenizer.SPECIALS.size())};
        }
        return piece.codePoints().toArray();
    }

    private double[] latent(int unit, int rank) {
        SplittableRandom r = random("latent", unit);
        double[] z = new double[rank];
        for (int k = 0; k < rank; k++) {
            z[k] = r.nextGaussian();
        }
        return z;
    }

    private SplittableRandom random(String stream, long index) {
        long h = mix(spec.seed() ^ 0x9E3779B97F4A7C15L);
        for (int i = 0; i < stream.length(); i++) {
            h = mix(h ^ stream.charAt(i));
        }
        return new SplittableRandom(mix(h ^ mix(index)));
    }

    /// SplitMix64's finalizer: a good 64-bit mixer.
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
