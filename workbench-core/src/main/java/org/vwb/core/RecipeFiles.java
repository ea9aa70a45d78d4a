package org.vwb.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vwb.common.AtomicFiles;
import org.vwb.vocab.mine.Script;

/// Reads and writes recipe files (JSON, format `vwb.recipe/1`). Unknown keys and newer formats are
/// refused, naming the key, so a typo never silently falls back to a default. Relative paths are
/// resolved against the recipe's own folder, so a recipe and its corpus can travel together.
public final class RecipeFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TOP = Set.of("format", "base", "pieces", "init", "head", "fallback",
            "copyOverlap", "padToMultipleOf", "diagnostics", "output", "seed");
    private static final Set<String> PIECES = Set.of("source", "corpus", "count", "minFrequency", "maxChars",
            "script", "from");
    private static final Set<String> METHOD = Set.of("method", "options");
    private static final Set<String> DIAGNOSTICS = Set.of("hull", "sample", "neighbours");

    private RecipeFiles() {
    }

    /// Reads `file`.
    ///
    /// @throws RecipeException naming the field for unknown keys, wrong types, a missing required field
    ///     or a format other than [Recipe#FORMAT]
    public static Recipe read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RecipeException(file, "", "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new RecipeException(file, "", "expected a JSON object");
        }
        Reader r = new Reader(file);
        String format = root.path("format").asText("");
        if (!Recipe.FORMAT.equals(format)) {
            String why = format.startsWith("vwb.recipe/") ? "written for a newer vwb; this one reads " + Recipe.FORMAT
                    : "expected \"" + Recipe.FORMAT + "\"";
            throw new RecipeException(file, "format", why + ", found \"" + format + "\"");
        }
        r.keys(root, "", TOP);
        try {
            return new Recipe(r.path(root, "base", true), pieces(r, r.object(root, "pieces", true)),
                    method(r, r.object(root, "init", true), "init"),
                    root.has("head") ? method(r, r.object(root, "head", true), "head") : null,
                    r.text(root, "fallback", "mean"), r.bool(root, "copyOverlap", true),
                    (int) r.number(root, "padToMultipleOf", 1), diagnostics(r, root.path("diagnostics")),
                    r.path(root, "output", true), r.number(root, "seed", 42));
        } catch (IllegalArgumentException e) {
            throw new RecipeException(file, "", e.getMessage());
        }
    }

    /// Writes `recipe` to `file` atomically, with absolute paths (a recipe read back from another folder
    /// must mean the same files).
    public static void write(Recipe recipe, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("format", Recipe.FORMAT).put("base", abs(recipe.base()));
        ObjectNode p = root.putObject("pieces").put("source", recipe.pieces().source().name().toLowerCase(Locale.ROOT));
        recipe.pieces().corpus().forEach(c -> p.withArray("corpus").add(abs(c)));
        p.put("count", recipe.pieces().count()).put("minFrequency", recipe.pieces().minFrequency())
                .put("maxChars", recipe.pieces().maxChars())
                .put("script", recipe.pieces().script().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (recipe.pieces().from() != null) {
            p.put("from", abs(recipe.pieces().from()));
        }
        putMethod(root.putObject("init"), recipe.init());
        if (recipe.head() != null) {
            putMethod(root.putObject("head"), recipe.head());
        }
        root.put("fallback", recipe.fallback()).put("copyOverlap", recipe.copyOverlap())
                .put("padToMultipleOf", recipe.padToMultipleOf());
        root.putObject("diagnostics").put("hull", recipe.diagnostics().hull())
                .put("sample", recipe.diagnostics().sample()).put("neighbours", recipe.diagnostics().neighbours());
        root.put("output", abs(recipe.output())).put("seed", recipe.seed());
        byte[] bytes = JSON.writeValueAsBytes(root);
        AtomicFiles.writeFile(file, tmp -> Files.write(tmp, bytes));
    }

    private static String abs(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    private static void putMethod(ObjectNode node, Recipe.Method m) {
        node.put("method", m.method());
        ObjectNode o = node.putObject("options");
        new java.util.TreeMap<>(m.options()).forEach(o::put);
    }

    private static Recipe.Pieces pieces(Reader r, JsonNode n) throws RecipeException {
        r.keys(n, "pieces.", PIECES);
        String source = r.text(n, "source", null).toUpperCase(Locale.ROOT);
        Recipe.Source s = r.choice(Recipe.Source.class, source, "pieces.source");
        List<Path> corpus = new ArrayList<>();
        for (JsonNode c : n.path("corpus")) {
            corpus.add(r.resolve(c.asText()));
        }
        Script script = r.choice(Script.class, r.text(n, "script", "cjk").toUpperCase(Locale.ROOT).replace('-', '_'),
                "pieces.script");
        return new Recipe.Pieces(s, corpus, (int) r.number(n, "count", -1), r.number(n, "minFrequency", 2),
                (int) r.number(n, "maxChars", 16), script, r.path(n, "from", false));
    }

    private static Recipe.Method method(Reader r, JsonNode n, String name) throws RecipeException {
        r.keys(n, name + ".", METHOD);
        Map<String, String> options = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.path("options").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isContainerNode()) {
                throw new RecipeException(r.file, name + ".options." + e.getKey(), "expected a text, number or boolean");
            }
            options.put(e.getKey(), e.getValue().asText());
        }
        return new Recipe.Method(r.text(n, "method", null), options);
    }

    private static Recipe.Diagnostics diagnostics(Reader r, JsonNode n) throws RecipeException {
        if (n.isMissingNode()) {
            return new Recipe.Diagnostics(true, 2000, 10);
        }
        r.keys(n, "diagnostics.", DIAGNOSTICS);
        return new Recipe.Diagnostics(r.bool(n, "hull", true), (int) r.number(n, "sample", 2000),
                (int) r.number(n, "neighbours", 10));
    }

    /// Field access that names the file and field in every error.
    private record Reader(Path file) {

        void keys(JsonNode n, String prefix, Set<String> known) throws RecipeException {
            Iterator<String> it = n.fieldNames();
            while (it.hasNext()) {
                String k = it.next();
                if (!known.contains(k)) {
                    throw new RecipeException(file, prefix + k, "unknown key; known: " + String.join(", ",
                            new java.util.TreeSet<>(known)));
                }
            }
        }

        JsonNode object(JsonNode n, String key, boolean required) throws RecipeException {
            JsonNode v = n.path(key);
            if (!v.isObject()) {
                throw new RecipeException(file, key, "expected an object" + (v.isMissingNode() ? " (required)" : ""));
            }
            return v;
        }

        String text(JsonNode n, String key, String def) throws RecipeException {
            JsonNode v = n.path(key);
            if (v.isMissingNode() && def != null) {
                return def;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                throw new RecipeException(file, key, "expected a non-empty text" + (v.isMissingNode() ? " (required)" : ""));
            }
            return v.asText();
        }

        long number(JsonNode n, String key, long def) throws RecipeException {
            JsonNode v = n.path(key);
            if (v.isMissingNode() && def >= 0) {
                return def;
            }
            if (!v.canConvertToLong() || !v.isIntegralNumber()) {
                throw new RecipeException(file, key, "expected a whole number" + (v.isMissingNode() ? " (required)" : ""));
            }
            return v.asLong();
        }

        boolean bool(JsonNode n, String key, boolean def) throws RecipeException {
            JsonNode v = n.path(key);
            if (v.isMissingNode()) {
                return def;
            }
            if (!v.isBoolean()) {
                throw new RecipeException(file, key, "expected true or false, found " + v);
            }
            return v.asBoolean();
        }

        Path path(JsonNode n, String key, boolean required) throws RecipeException {
            JsonNode v = n.path(key);
            if (v.isMissingNode() && !required) {
                return null;
            }
            return resolve(text(n, key, null));
        }

        Path resolve(String p) {
            Path dir = file.toAbsolutePath().getParent();
            return dir.resolve(p).normalize();
        }

        <E extends Enum<E>> E choice(Class<E> type, String value, String field) throws RecipeException {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
                throw new RecipeException(file, field, "expected one of " + names + ", found \""
                        + value.toLowerCase(Locale.ROOT) + "\"");
            }
        }
    }
}
