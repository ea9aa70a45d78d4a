package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.vwb.model.ModelFolderException;
import org.vwb.model.patch.PatchException;
import org.vwb.model.patch.PatchException.Reason;

/// Changes the vocabulary size in `config.json` and nothing else.
///
/// The field is the one the model config reader uses: `vocab_size` (or GPT-J's `n_vocab`) at the top
/// level, or under `text_config` when the top level has no `vocab_size`. Any other field of either name
/// anywhere in the file is refused rather than left stale. The new number is spliced into the original
/// text at the token's position, so the file keeps every byte (key order, number spelling, indentation)
/// except the number itself.
///
/// @param path the field's path from the root, e.g. `[vocab_size]` or `[text_config, vocab_size]`
public record ConfigPatch(List<String> path) {

    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final List<String> VOCAB_FIELDS = List.of("vocab_size", "n_vocab");

    /// Copies the path.
    public ConfigPatch {
        path = List.copyOf(path);
    }

    /// Finds the vocabulary-size field of `file`'s text `text`.
    ///
    /// @throws PatchException `CONFIG_UNSUPPORTED` when another vocabulary-size field exists
    public static ConfigPatch locate(Path file, String text) throws IOException {
        JsonNode root = parse(file, text);
        JsonNode textConfig = root.path("text_config");
        List<String> prefix = root.has("vocab_size") || !textConfig.isObject() ? List.of() : List.of("text_config");
        JsonNode sizes = prefix.isEmpty() ? root : textConfig;
        String field = VOCAB_FIELDS.stream().filter(sizes::has).findFirst()
                .orElseThrow(() -> new PatchException(Reason.CONFIG_UNSUPPORTED, file, "no vocab_size field"));
        List<String> found = new ArrayList<>(prefix);
        found.add(field);
        List<String> others = new ArrayList<>();
        collect(root, "", others);
        String chosen = String.join(".", found);
        others.remove(chosen);
        if (!others.isEmpty()) {
            throw new PatchException(Reason.CONFIG_UNSUPPORTED, file, "the vocabulary size is '" + chosen
                    + "', but the file also has " + String.join(", ", others.stream().map(o -> "'" + o + "'").toList())
                    + ", which would be left stale; only '" + chosen + "' can be changed");
        }
        return new ConfigPatch(found);
    }

    /// `text` with the field's value replaced by `value`, every other character unchanged.
    public String apply(Path file, String text, int value) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isScalarValue() && path.equals(pathOf(p.getParsingContext()))) {
                    int start = Math.toIntExact(p.currentTokenLocation().getCharOffset());
                    int end = start + p.getText().length();
                    return text.substring(0, start) + value + text.substring(end);
                }
            }
        }
        throw new PatchException(Reason.CONFIG_UNSUPPORTED, file, "field '" + String.join(".", path) + "' not found");
    }

    /// `base` with the field set to `value`: what the patched file must parse to.
    public JsonNode expected(JsonNode base, int value) {
        ObjectNode copy = base.deepCopy();
        ObjectNode node = copy;
        for (String p : path.subList(0, path.size() - 1)) {
            node = (ObjectNode) node.get(p);
        }
        node.put(path.getLast(), value);
        return copy;
    }

    /// Parses `text` strictly (duplicate keys refused).
    static JsonNode parse(Path file, String text) throws ModelFolderException {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.isObject()) {
                throw new ModelFolderException(ModelFolderException.Reason.CONFIG_NOT_JSON, file, "not a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            throw new ModelFolderException(ModelFolderException.Reason.CONFIG_NOT_JSON, file,
                    "not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> pathOf(JsonStreamContext ctx) {
        List<String> names = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            names.addFirst(c.inObject() ? c.getCurrentName() : "[" + c.getCurrentIndex() + "]");
        }
        return names;
    }

    private static void collect(JsonNode node, String at, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String here = at.isEmpty() ? e.getKey() : at + "." + e.getKey();
                if (VOCAB_FIELDS.contains(e.getKey())) {
                    out.add(here);
                }
                collect(e.getValue(), here, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "[" + i + "]", out);
            }
        }
    }
}
