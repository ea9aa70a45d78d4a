package org.vwb.model.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.vwb.model.ModelConfig;
import org.vwb.model.ModelFolderException;
import org.vwb.model.ModelFolderException.Reason;

/// Parses `config.json` into a [ModelConfig], naming the field in every error.
public final class ConfigReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final List<String> VOCAB_FIELDS = List.of("vocab_size", "n_vocab");
    private static final List<String> HIDDEN_FIELDS = List.of("hidden_size", "n_embd", "d_model", "dim");
    private static final List<String> SPECIAL_FIELDS = List.of("bos_token_id", "eos_token_id", "pad_token_id",
            "unk_token_id", "sep_token_id", "cls_token_id", "mask_token_id", "decoder_start_token_id");

    private ConfigReader() {
    }

    /// Reads `file`.
    public static ModelConfig read(Path file) throws IOException {
        JsonNode root = parse(file);
        // Multimodal wrappers (Gemma 3, LLaVA) keep the language model's sizes under text_config.
        JsonNode text = root.path("text_config");
        JsonNode sizes = root.has("vocab_size") || !text.isObject() ? root : text;
        int vocab = requiredInt(file, sizes, VOCAB_FIELDS);
        int hidden = requiredInt(file, sizes, HIDDEN_FIELDS);
        int embedding = sizes.has("embedding_size") ? requiredInt(file, sizes, List.of("embedding_size")) : hidden;
        return new ModelConfig(file, architectures(file, root), optionalText(file, root, "model_type"),
                vocab, hidden, embedding, tie(file, root, sizes), dtype(file, root, sizes), specialIds(file, sizes));
    }

    private static JsonNode parse(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ModelFolderException(Reason.NO_CONFIG, file,
                    "not found; a Hugging Face model folder needs config.json", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ModelFolderException(Reason.CONFIG_NOT_JSON, file, "not UTF-8 text", e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new ModelFolderException(Reason.CONFIG_NOT_JSON, file,
                    "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelFolderException(Reason.CONFIG_NOT_JSON, file, "expected a JSON object at the top level");
        }
        return root;
    }

    private static int requiredInt(Path file, JsonNode node, List<String> aliases) throws ModelFolderException {
        for (String field : aliases) {
            JsonNode v = node.get(field);
            if (v != null && !v.isNull()) {
                if (!v.canConvertToExactIntegral() || !v.canConvertToInt() || v.asInt() <= 0) {
                    throw new ModelFolderException(Reason.CONFIG_FIELD_INVALID, file,
                            "field '" + field + "' must be a positive integer, found " + v);
                }
                return v.asInt();
            }
        }
        throw new ModelFolderException(Reason.CONFIG_FIELD_MISSING, file,
                "field '" + aliases.getFirst() + "' is missing (also looked for "
                        + String.join(", ", aliases.subList(1, aliases.size())) + "); expected a positive integer");
    }

    private static List<String> architectures(Path file, JsonNode root) throws ModelFolderException {
        JsonNode arr = root.get("architectures");
        List<String> out = new ArrayList<>();
        if (arr == null || arr.isNull()) {
            return out;
        }
        if (!arr.isArray()) {
            throw invalid(file, "architectures", "a list of strings", arr);
        }
        for (JsonNode n : arr) {
            if (!n.isTextual()) {
                throw invalid(file, "architectures", "a list of strings", arr);
            }
            out.add(n.asText());
        }
        return out;
    }

    private static Optional<String> optionalText(Path file, JsonNode node, String field) throws ModelFolderException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw invalid(file, field, "a string", v);
        }
        return Optional.of(v.asText());
    }

    private static Optional<Boolean> tie(Path file, JsonNode root, JsonNode sizes) throws ModelFolderException {
        JsonNode v = root.has("tie_word_embeddings") ? root.get("tie_word_embeddings") : sizes.get("tie_word_embeddings");
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw invalid(file, "tie_word_embeddings", "true or false", v);
        }
        return Optional.of(v.asBoolean());
    }

    private static Optional<String> dtype(Path file, JsonNode root, JsonNode sizes) throws ModelFolderException {
        // transformers 4.56 renamed torch_dtype to dtype; accept both, the old name first.
        for (JsonNode node : List.of(root, sizes)) {
            for (String field : List.of("torch_dtype", "dtype")) {
                Optional<String> v = optionalText(file, node, field);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, List<Integer>> specialIds(Path file, JsonNode node) throws ModelFolderException {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (String field : SPECIAL_FIELDS) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                continue;
            }
            List<Integer> ids = new ArrayList<>();
            for (JsonNode n : v.isArray() ? v : List.of(v)) {
                if (!n.canConvertToExactIntegral() || !n.canConvertToInt() || n.asInt() < 0) {
                    throw invalid(file, field, "a non-negative integer or a list of them", v);
                }
                ids.add(n.asInt());
            }
            out.put(field, ids);
        }
        return out;
    }

    private static ModelFolderException invalid(Path file, String field, String expected, JsonNode found) {
        return new ModelFolderException(Reason.CONFIG_FIELD_INVALID, file,
                "field '" + field + "' must be " + expected + ", found " + found);
    }
}
