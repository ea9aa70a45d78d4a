package org.vwb.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/// Reads a batch manifest: a CSV file with a header row and one run per row.
///
/// Columns (header names, any order): `language` (required), `corpus` (required; several files separated
/// by `;`), `pieces` (required), `output` (required), and optionally `name` (default: the language),
/// `base` (default: the `--base` given to the batch), `script` (default `cjk`), `method` (default `fvt`),
/// `options` (`key=value;key=value`), `vectors` and `dictionary` (added to the options under those keys).
/// Relative paths are resolved against the manifest's folder.
public final class BatchManifest {

    private static final Set<String> COLUMNS = Set.of("name", "language", "base", "corpus", "pieces", "script",
            "method", "options", "output", "vectors", "dictionary");

    private BatchManifest() {
    }

    /// Reads `file`; `defaultBase` serves rows without a `base` column value (may be `null`).
    ///
    /// @throws RecipeException naming the file, line and column for a malformed row, an unknown column,
    ///     a duplicate name or two rows writing the same output
    public static List<BatchRow> read(Path file, Path defaultBase) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setCommentMarker('#').get();
        List<BatchRow> rows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<Path> outputs = new HashSet<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var parser = format.parse(r)) {
            for (String column : parser.getHeaderNames()) {
                if (!COLUMNS.contains(column)) {
                    throw new RecipeException(file, column, "unknown column; known: " + new java.util.TreeSet<>(COLUMNS));
                }
            }
            for (String column : List.of("language", "corpus", "pieces", "output")) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new RecipeException(file, column, "required column missing from the header");
                }
            }
            for (CSVRecord rec : parser) {
                BatchRow row = row(file, rec, defaultBase);
                if (!names.add(row.name())) {
                    throw new RecipeException(file, "name", "line " + row.line() + ": the name " + row.name()
                            + " is used twice; names identify rows when a batch resumes");
                }
                if (!outputs.add(row.output())) {
                    throw new RecipeException(file, "output", "line " + row.line() + ": " + row.output()
                            + " is the output of an earlier row too");
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new RecipeException(file, "", "no rows after the header");
        }
        return rows;
    }

    private static BatchRow row(Path file, CSVRecord rec, Path defaultBase) throws RecipeException {
        int line = (int) rec.getRecordNumber();
        String language = required(file, rec, "language", line);
        Path dir = file.toAbsolutePath().getParent();
        List<Path> corpus = new ArrayList<>();
        for (String c : required(file, rec, "corpus", line).split(";")) {
            if (!c.isBlank()) {
                corpus.add(dir.resolve(c.trim()).normalize());
            }
        }
        int pieces;
        try {
            pieces = Integer.parseInt(required(file, rec, "pieces", line));
        } catch (NumberFormatException e) {
            throw new RecipeException(file, "pieces", "line " + line + ": expected a whole number, found '"
                    + rec.get("pieces") + "'");
        }
        if (pieces < 1) {
            throw new RecipeException(file, "pieces", "line " + line + ": expected at least 1, found " + pieces);
        }
        String baseText = optional(rec, "base", "");
        if (baseText.isEmpty() && defaultBase == null) {
            throw new RecipeException(file, "base", "line " + line + ": no base model (give a base column or --base)");
        }
        Path base = baseText.isEmpty() ? defaultBase.toAbsolutePath().normalize() : dir.resolve(baseText).normalize();
        Map<String, String> options = options(file, optional(rec, "options", ""), line);
        for (String key : List.of("vectors", "dictionary")) {
            String v = optional(rec, key, "");
            if (!v.isEmpty()) {
                options.put(key, dir.resolve(v).normalize().toString());
            }
        }
        return new BatchRow(line, optional(rec, "name", language), language, base, corpus, pieces,
                optional(rec, "script", "cjk"), optional(rec, "method", "fvt"), options,
                dir.resolve(required(file, rec, "output", line)).normalize());
    }

    private static Map<String, String> options(Path file, String text, int line) throws RecipeException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : text.split(";")) {
            if (kv.isBlank()) {
                continue;
            }
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new RecipeException(file, "options", "line " + line + ": expected key=value, found '" + kv + "'");
            }
            out.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        return out;
    }

    private static String required(Path file, CSVRecord rec, String column, int line) throws RecipeException {
        String v = optional(rec, column, "");
        if (v.isEmpty()) {
            throw new RecipeException(file, column, "line " + line + ": a value is required");
        }
        return v;
    }

    private static String optional(CSVRecord rec, String column, String def) {
        return rec.isMapped(column) && rec.isSet(column) && !rec.get(column).isBlank() ? rec.get(column).trim() : def;
    }
}
