package org.vwb.embedinit;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/// The per-token CSV that `vwb init` writes beside the patched checkpoint (`vwb-init-rows.csv`) and
/// `vwb diagnose` reads back: one line per new token and matrix, with the mixture it was made from.
///
/// Columns: `id, piece, matrix, method, origin, sources, weights, note`; `sources` and `weights` are
/// space-separated lists (weights with 9 significant digits, enough to re-verify a mixture in float).
public final class ProvenanceCsv {

    /// The file name inside a patched model folder.
    public static final String FILE_NAME = "vwb-init-rows.csv";

    static final String[] HEADER = {"id", "piece", "matrix", "method", "origin", "sources", "weights", "note"};

    private ProvenanceCsv() {
    }

    /// Writes `rows` to `file` (not atomically: callers write into a temporary folder).
    ///
    /// @param pieces the piece of each token id, for readers of the file
    public static void write(List<TokenInit> rows, IntFunction<String> pieces, Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, format)) {
            for (TokenInit t : rows) {
                out.printRecord(t.id(), pieces.apply(t.id()), t.role().label(), t.method(), t.origin().name(),
                        join(Arrays.stream(t.sourceIds()).mapToObj(Integer::toString).toList()),
                        join(Arrays.stream(t.weights()).mapToObj(x -> String.format(java.util.Locale.ROOT, "%.9g", x)).toList()),
                        t.note());
            }
        }
    }

    /// Reads a file written by [#write].
    ///
    /// @throws InitInputException naming the file and line when a record is malformed
    public static List<TokenInit> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setSkipHeaderRecord(true).get();
        List<TokenInit> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : format.parse(r)) {
                out.add(parse(file, rec));
            }
        }
        return out;
    }

    private static TokenInit parse(Path file, CSVRecord rec) throws InitInputException {
        try {
            int[] sources = split(rec.get("sources")).stream().mapToInt(Integer::parseInt).toArray();
            double[] weights = split(rec.get("weights")).stream().mapToDouble(Double::parseDouble).toArray();
            return new TokenInit(Integer.parseInt(rec.get("id")),
                    MatrixRole.valueOf(rec.get("matrix").toUpperCase(java.util.Locale.ROOT)), rec.get("method"),
                    Origin.valueOf(rec.get("origin")), sources, weights, rec.get("note"));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InitInputException(InitInputException.Reason.BAD_FILE, file + ", line "
                    + (rec.getRecordNumber() + 1) + ": expected id,piece,matrix,method,origin,sources,weights,note ("
                    + e.getMessage() + ")");
        }
    }

    private static String join(List<String> parts) {
        return String.join(" ", parts);
    }

    private static List<String> split(String s) {
        return s.isBlank() ? List.of() : List.of(s.trim().split(" +"));
    }
}
