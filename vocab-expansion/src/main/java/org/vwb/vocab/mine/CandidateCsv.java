package org.vwb.vocab.mine;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.vwb.common.AtomicFiles;

/// The candidates CSV that `vwb tokenizer mine` writes and `vwb tokenizer merge` reads: UTF-8, RFC 4180
/// quoting, header `piece,frequency,tokens_saved,left,right` (plus `text` for byte-level tokenizers,
/// whose pieces are spelled in the GPT-2 byte alphabet), one row per [Candidate], best first.
public final class CandidateCsv {

    /// The columns every file has, in order.
    public static final List<String> COLUMNS = List.of("piece", "frequency", "tokens_saved", "left", "right");

    private CandidateCsv() {
    }

    /// Writes `result`'s rows to `file` atomically.
    public static void write(Path file, MiningResult result) throws IOException {
        List<String> header = new ArrayList<>(COLUMNS);
        if (result.byteLevel()) {
            header.add("text");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        AtomicFiles.writeFile(file, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter p = new CSVPrinter(w, format)) {
                for (Candidate c : result.candidates()) {
                    if (result.byteLevel()) {
                        p.printRecord(c.piece(), c.frequency(), c.tokensSaved(), c.left(), c.right(), c.text());
                    } else {
                        p.printRecord(c.piece(), c.frequency(), c.tokensSaved(), c.left(), c.right());
                    }
                }
            }
        });
    }

    /// Reads a candidates file. For files without a `text` column the text is the piece with `▁` as a space.
    ///
    /// @throws IOException when the file is not such a CSV (message names the file and line)
    public static List<Candidate> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(r, format)) {
            if (!parser.getHeaderNames().containsAll(COLUMNS)) {
                throw new IOException(file + ": header " + parser.getHeaderNames() + " lacks one of " + COLUMNS);
            }
            boolean hasText = parser.getHeaderNames().contains("text");
            List<Candidate> out = new ArrayList<>();
            for (CSVRecord rec : parser) {
                try {
                    String piece = rec.get("piece");
                    out.add(new Candidate(piece, hasText ? rec.get("text") : piece.replace('\u2581', ' '),
                            Long.parseLong(rec.get("frequency")), Long.parseLong(rec.get("tokens_saved")),
                            rec.get("left"), rec.get("right")));
                } catch (IllegalArgumentException e) { // NumberFormatException too
                    throw new IOException(file + ": line " + parser.getCurrentLineNumber() + ": " + e.getMessage(), e);
                }
            }
            return out;
        }
    }
}
