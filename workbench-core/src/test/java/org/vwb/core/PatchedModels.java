package org.vwb.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.Origin;
import org.vwb.embedinit.ProvenanceCsv;
import org.vwb.embedinit.TokenInit;
import org.vwb.model.HeadKind;
import org.vwb.model.ModelFolder;
import org.vwb.numeric.FloatMatrix;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.SafetensorsWriter;
import org.vwb.safetensors.ShardedWriter;
import org.vwb.safetensors.TensorInfo;
import org.vwb.samples.Samples;

/// Test inputs for `diagnose` before `vwb init` exists: a sample model as the base, and a patched copy
/// whose embedding (and untied head) gained rows of known kinds, with `tokenizer.json` added tokens, an
/// updated `vocab_size` and a `vwb-init-rows.csv` recording each row's recipe.
///
/// Kinds (METHODS.md §6.4): `mix` (a convex mixture of 3 old rows, recorded as MIXTURE), `copy` (an old row,
/// COPIED), `mean` (the mean of all old rows, MEAN), `near` (N(μ, 1e-5·Σ), SAMPLED), `perdim` (per-dimension
/// N(μ, σ), SAMPLED), `fresh` (N(μ, Σ), SAMPLED), and `pad` (a zero row beyond the tokenizer, no provenance).
final class PatchedModels {
    /// One new row per entry, in this order: the kinds the diagnostics must tell apart.
    static final List<String> KINDS = List.of("mix", "mix", "copy", "mean", "near", "near", "perdim", "perdim",
            "fresh", "fresh", "pad");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PatchedModels() {}

    /// Writes sample `name` to `base` and its patched extension to `patched`.
    static void write(String name, Path base, Path patched, long seed) throws IOException {
        write(name, base, patched, seed, KINDS);
    }

    /// As [#write(String, Path, Path, long)] with other kinds, in order (a `pad` only at the end).
    static void write(String name, Path base, Path patched, long seed, List<String> kinds) throws IOException {
        Samples.write(name, base);
        ModelFolder m = ModelFolder.open(base);
        int n = Math.toIntExact(m.layout().rows());
        List<TokenInit> provenance = new ArrayList<>();
        Map<String, FloatMatrix> extra = new HashMap<>();
        try (Checkpoint c = Checkpoint.open(base)) {
            extra.put(m.layout().embedding().name(), rows(c, m.layout().embedding().name(), MatrixRole.INPUT, n, seed,
                    provenance, kinds));
            if (m.layout().headKind() == HeadKind.UNTIED) {
                String head = m.layout().head().orElseThrow().name();
                extra.put(head, rows(c, head, MatrixRole.OUTPUT, n, seed + 1, provenance, kinds));
            }
            Files.createDirectories(patched);
            writeWeights(c, base, patched, extra);
        }
        copyOtherFiles(base, patched);
        List<String> tokens = tokens(kinds);
        patchConfig(patched, n + kinds.size());
        patchTokenizer(patched, n, tokens);
        ProvenanceCsv.write(provenance, id -> id - n < tokens.size() ? tokens.get(id - n) : "",
                patched.resolve(ProvenanceCsv.FILE_NAME));
    }

    /// The token texts of the new rows (the padding row has none): CJK, and one with markup characters.
    static List<String> tokens(List<String> kinds) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < kinds.size() && !kinds.get(k).equals("pad"); k++) {
            out.add(k == 1 ? "<b>&x\"新'</b>" : "新词" + (char) ('\u4E00' + 37 * k));
        }
        return out;
    }

    private static FloatMatrix rows(Checkpoint c, String tensor, MatrixRole role, int n, long seed,
                                    List<TokenInit> provenance, List<String> kinds) {
        FloatMatrix old = ModelPair.rows(c, tensor, 0, n);
        Kinds gen = new Kinds(old, seed);
        int d = old.cols();
        float[] out = new float[kinds.size() * d];
        for (int k = 0; k < kinds.size(); k++) {
            int id = n + k;
            String kind = kinds.get(k);
            float[] row = switch (kind) {
                case "mix" -> {
                    int[] ids = new int[3];
                    double[] w = new double[3];
                    float[] r = gen.mixture(ids, w);
                    provenance.add(new TokenInit(id, role, "test-mix", Origin.MIXTURE, ids, w, "three old rows"));
                    yield r;
                }
                case "copy" -> {
                    provenance.add(TokenInit.copy(id, role, "test-copy", 5, "copy of id 5"));
                    yield java.util.Arrays.copyOfRange(old.data(), 5 * d, 6 * d);
                }
                case "mean" -> {
                    provenance.add(new TokenInit(id, role, "mean", Origin.MEAN, new int[0], new double[0], "all rows"));
                    yield gen.mean();
                }
                case "pad" -> new float[d];
                default -> {
                    provenance.add(TokenInit.sampled(id, role, "test-" + kind, kind));
                    yield kind.equals("near") ? gen.gaussian(1e-5) : kind.equals("perdim") ? gen.perDimension()
                            : gen.gaussian(1);
                }
            };
            System.arraycopy(row, 0, out, k * d, d);
        }
        return new FloatMatrix(kinds.size(), d, out);
    }

    /// Each shard again; the shards holding a grown tensor are rewritten (old rows copied as bytes).
    private static void writeWeights(Checkpoint c, Path base, Path patched, Map<String, FloatMatrix> extra)
            throws IOException {
        ShardedWriter sharded = new ShardedWriter();
        for (Path shard : c.shards()) {
            String file = shard.getFileName().toString();
            List<TensorInfo> tensors = c.tensors().stream().filter(t -> c.shardOf(t.name()).equals(shard)).toList();
            if (tensors.stream().noneMatch(t -> extra.containsKey(t.name()))) {
                sharded.copiedShard(file, shard);
                continue;
            }
            SafetensorsWriter w = SafetensorsWriter.create();
            for (TensorInfo t : tensors) {
                FloatMatrix rows = extra.get(t.name());
                if (rows == null) {
                    w.copy(c.tensor(t.name()));
                } else {
                    long first = t.shape()[0];
                    w.addWithExtraRows(c.tensor(t.name()), rows.rows(), (row, dst) ->
                            System.arraycopy(rows.data(), Math.toIntExact(row - first) * rows.cols(), dst, 0, rows.cols()));
                }
            }
            sharded.shard(file, w);
        }
        sharded.write(patched);
    }

    private static void copyOtherFiles(Path base, Path patched) throws IOException {
        try (var files = Files.list(base)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".safetensors") && !name.equals("model.safetensors.index.json")) {
                    Files.copy(f, patched.resolve(name));
                }
            }
        }
    }

    private static void patchConfig(Path dir, int vocab) throws IOException {
        ObjectNode config = (ObjectNode) JSON.readTree(dir.resolve("config.json").toFile());
        config.put("vocab_size", vocab);
        JSON.writeValue(dir.resolve("config.json").toFile(), config);
    }

    /// Appends one added token per new row except the padding row (so that row lies beyond the tokenizer).
    private static void patchTokenizer(Path dir, int n, List<String> tokens) throws IOException {
        ObjectNode tok = (ObjectNode) JSON.readTree(dir.resolve("tokenizer.json").toFile());
        ArrayNode added = tok.has("added_tokens") && tok.get("added_tokens").isArray()
                ? (ArrayNode) tok.get("added_tokens") : tok.putArray("added_tokens");
        for (int k = 0; k < tokens.size(); k++) {
            added.addObject().put("id", n + k).put("content", tokens.get(k)).put("single_word", false)
                    .put("lstrip", false).put("rstrip", false).put("normalized", true).put("special", false);
        }
        JSON.writeValue(dir.resolve("tokenizer.json").toFile(), tok);
    }

    /// Row generators from the empirical mean `μ` and covariance `Σ` of the old rows; `N(μ, s·Σ)` is drawn
    /// as `μ + √(s/(n−1)) · Σ_i g_i (x_i − μ)` with i.i.d. standard normal `g_i` (covariance exactly `s·Σ`).
    private static final class Kinds {
        private final FloatMatrix old;
        private final double[] mu;
        private final double[] sigma;
        private final SplittableRandom random;

        Kinds(FloatMatrix old, long seed) {
            this.old = old;
            this.random = new SplittableRandom(seed);
            int n = old.rows();
            int d = old.cols();
            mu = new double[d];
            sigma = new double[d];
            for (int i = 0; i < n * d; i++) {
                mu[i % d] += old.data()[i] / (double) n;
            }
            for (int i = 0; i < n * d; i++) {
                double v = old.data()[i] - mu[i % d];
                sigma[i % d] += v * v / (n - 1);
            }
            for (int j = 0; j < d; j++) {
                sigma[j] = Math.sqrt(sigma[j]);
            }
        }

        float[] gaussian(double s) {
            int n = old.rows();
            int d = old.cols();
            double[] acc = mu.clone();
            for (int i = 0; i < n; i++) {
                double g = random.nextGaussian() * Math.sqrt(s / (n - 1));
                for (int j = 0; j < d; j++) {
                    acc[j] += g * (old.data()[i * d + j] - mu[j]);
                }
            }
            return toFloat(acc);
        }

        float[] perDimension() {
            double[] out = new double[mu.length];
            for (int j = 0; j < mu.length; j++) {
                out[j] = mu[j] + sigma[j] * random.nextGaussian();
            }
            return toFloat(out);
        }

        float[] mixture(int[] ids, double[] w) {
            int d = old.cols();
            double sum = 0;
            for (int t = 0; t < ids.length; t++) {
                ids[t] = random.nextInt(old.rows());
                w[t] = random.nextDouble() + 0.05;
                sum += w[t];
            }
            double[] acc = new double[d];
            for (int t = 0; t < ids.length; t++) {
                w[t] /= sum;
                for (int j = 0; j < d; j++) {
                    acc[j] += w[t] * old.data()[ids[t] * d + j];
                }
            }
            return toFloat(acc);
        }

        float[] mean() {
            return toFloat(mu);
        }

        private static float[] toFloat(double[] v) {
            float[] out = new float[v.length];
            for (int j = 0; j < v.length; j++) {
                out[j] = (float) v[j];
            }
            return out;
        }
    }
}
