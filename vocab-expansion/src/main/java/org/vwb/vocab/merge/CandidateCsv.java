package org.vwb.vocab.merge;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;

/// Reads the candidate table `vwb tokenizer mine` writes: `piece,frequency,tokens_saved,left,right`
/// (RFC 4180 quoting; an optional header row; extra columns ignored; `left`/`right` may be empty).
final class CandidateCsv {
    private CandidateCsv() {
    }

    static List<Candidate> read(Path file) throws IOException {
        List<Candidate> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                int startLine = lineNo;
                // A quoted field may span lines: keep reading until the quotes balance.
                while (unbalanced(line)) {
                    String next = in.readLine();
                    if (next == null) {
                        throw bad(file, startLine, "a quoted field is not closed before the end of the file");
                    }
                    lineNo++;
                    line = line + "\n" + next;
                }
                if (line.isBlank() || (startLine == 1 && line.startsWith("piece,"))) {
                    continue;
                }
                List<String> f = fields(line, file, startLine);
                String piece = f.get(0);
                if (piece.isEmpty()) {
                    throw bad(file, startLine, "column 'piece' is empty");
                }
                if (f.size() > 1 && !f.get(1).isEmpty() && !f.get(1).matches("\\d+")) {
                    throw bad(file, startLine, "column 'frequency' must be a non-negative integer, found '" + f.get(1) + "'");
                }
                String left = f.size() > 3 && !f.get(3).isEmpty() ? f.get(3) : null;
                String right = f.size() > 4 && !f.get(4).isEmpty() ? f.get(4) : null;
                if ((left == null) != (right == null)) {
                    throw bad(file, startLine, "columns 'left' and 'right' must both be given or both be empty");
                }
                if (left != null && !(left + right).equals(piece)) {
                    throw bad(file, startLine, "left '" + left + "' + right '" + right + "' does not spell piece '" + piece + "'");
                }
                out.add(new Candidate(piece, left, right, file + ":" + startLine));
            }
        }
        return out;
    }

    private static boolean unbalanced(String line) {
        return line.chars().filter(c -> c == '"').count() % 2 != 0;
    }

    private static List<String> fields(String line, Path file, int lineNo) throws TokenizerFormatException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        while (true) {
            cur.setLength(0);
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    int q = line.indexOf('"', i);
                    cur.append(line, i, q);
                    i = q + 1;
                    if (i < line.length() && line.charAt(i) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw bad(file, lineNo, "text after a closing quote at column " + (i + 1));
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? line.length() : comma;
                String raw = line.substring(i, end);
                if (raw.indexOf('"') >= 0) {
                    throw bad(file, lineNo, "a quote inside an unquoted field at column " + (i + 1));
                }
                cur.append(raw);
                i = end;
            }
            out.add(cur.toString());
            if (i >= line.length()) {
                return out;
            }
            i++; // the comma
        }
    }

    private static TokenizerFormatException bad(Path file, int line, String what) {
        return new TokenizerFormatException(Reason.INVALID_FIELD, file + ":" + line + ": malformed candidate row: " + what);
    }
}
