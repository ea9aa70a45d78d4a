package org.vwb.cli.inspect;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.vwb.model.CjkCoverage;
import org.vwb.model.ModelSummary;
import org.vwb.model.ModelWarning;
import org.vwb.model.TensorSummary;

/// The JSON form of `vwb inspect --json`, built field by field so that the names stay stable whatever
/// the records look like. Enum values are lower case. Absent values are `null`, never omitted.
///
/// Format `vwb.inspect/1`:
///
/// | Field | Type | Meaning |
/// | --- | --- | --- |
/// | `format` | string | always `vwb.inspect/1`; a new major number means a breaking change |
/// | `folder` | string | absolute path of the model folder |
/// | `architectures` | string[] | `config.json` `architectures` |
/// | `modelType` | string? | `config.json` `model_type` |
/// | `family` | string | `llama`, `bert`, `gpt2` or `unknown`: whose tensor names matched |
/// | `torchDtype` | string? | `config.json` `torch_dtype` (or `dtype`) |
/// | `tensorDtypes` | object | stored dtype name → number of tensors |
/// | `parameterCount` | integer | sum of all tensors' element counts |
/// | `tensorBytes` | integer | sum of all tensors' byte lengths |
/// | `shards` | string[] | safetensors files relative to the folder |
/// | `vocabSize`, `hiddenSize` | integer | from `config.json` |
/// | `embedding` | tensor | `{name, dtype, shape}` of the input embedding |
/// | `head` | object | `{kind: tied/untied/none, tensor: tensor?}` |
/// | `tokenizer` | object | `{files: string[], file: string?, kind: string?, size: integer?, byteFallback: boolean?}` |
/// | `specialTokenIds` | object | config field name → integer[] |
/// | `cjk` | object? | `{piecesWithCjk, singleCharacterPieces, coveredUnifiedIdeographs, unifiedIdeographs, coveredShare, fallback: bytes/unk}` |
/// | `warnings` | object[] | `{code, message}`; codes are [ModelWarning.Code] names in lower case |
public final class SummaryJson {

    /// The format identifier written in every document.
    public static final String FORMAT = "vwb.inspect/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /// The summary as a JSON tree.
    public static ObjectNode toTree(ModelSummary s) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("folder", s.folder().toString());
        strings(root.putArray("architectures"), s.architectures());
        root.put("modelType", s.modelType().orElse(null));
        root.put("family", lower(s.family()));
        root.put("torchDtype", s.torchDtype().orElse(null));
        ObjectNode dtypes = root.putObject("tensorDtypes");
        s.tensorDtypes().forEach(dtypes::put);
        root.put("parameterCount", s.parameterCount()).put("tensorBytes", s.tensorBytes());
        strings(root.putArray("shards"), s.shards());
        root.put("vocabSize", s.vocabSize()).put("hiddenSize", s.hiddenSize());
        root.set("embedding", tensor(s.embedding()));
        ObjectNode head = root.putObject("head").put("kind", lower(s.headKind()));
        head.set("tensor", s.head().map(SummaryJson::tensor).orElse(null));
        root.set("tokenizer", tokenizer(s));
        ObjectNode ids = root.putObject("specialTokenIds");
        new java.util.TreeMap<>(s.specialTokenIds()).forEach((k, v) -> v.forEach(ids.putArray(k)::add));
        root.set("cjk", s.cjk().map(SummaryJson::cjk).orElse(null));
        ArrayNode warnings = root.putArray("warnings");
        for (ModelWarning w : s.warnings()) {
            warnings.addObject().put("code", lower(w.code())).put("message", w.message());
        }
        return root;
    }

    /// The summary as indented JSON text (no trailing newline).
    public static String write(ModelSummary s) {
        try {
            return JSON.writeValueAsString(toTree(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode tokenizer(ModelSummary s) {
        ObjectNode t = JSON.createObjectNode();
        strings(t.putArray("files"), s.tokenizerFiles());
        t.put("file", s.vocabulary().map(v -> v.file()).orElse(null));
        t.put("kind", s.vocabulary().map(v -> lower(v.kind())).orElse(null));
        t.put("size", s.vocabulary().map(v -> v.size()).orElse(null));
        t.put("byteFallback", s.vocabulary().map(v -> v.byteFallback()).orElse(null));
        return t;
    }

    private static ObjectNode tensor(TensorSummary t) {
        ObjectNode n = JSON.createObjectNode().put("name", t.name()).put("dtype", t.dtype());
        t.shape().forEach(n.putArray("shape")::add);
        return n;
    }

    private static ObjectNode cjk(CjkCoverage c) {
        return JSON.createObjectNode().put("piecesWithCjk", c.piecesWithCjk())
                .put("singleCharacterPieces", c.singleCharacterPieces())
                .put("coveredUnifiedIdeographs", c.coveredUnifiedIdeographs())
                .put("unifiedIdeographs", CjkCoverage.UNIFIED_IDEOGRAPHS)
                .put("coveredShare", c.coveredShare())
                .put("fallback", lower(c.fallback()));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
