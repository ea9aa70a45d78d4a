package org.vwb.vocab.mine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.vwb.common.JobContext;
import org.vwb.vocab.CorpusFormatException;

/// Streams a word-frequency file (`word frequency [tag …]` per line) into a [SegmentCounts], each word
/// weighted by its frequency. Blank lines are skipped; anything else that is not a word followed by a
/// positive integer is rejected with the file and line number.
public final class WordFrequencyReader {
    private static final Pattern FIELDS = Pattern.compile("\\s+");
    private static final int BATCH = 4096;

    private WordFrequencyReader() {
    }

    /// Adds every word of `file` to `counts`, honouring `ctx`'s cancellation.
    ///
    /// @throws CorpusFormatException for a malformed line or bytes that are not UTF-8
    public static void read(Path file, SegmentCounts counts, JobContext ctx) throws IOException {
        ctx.progress().begin("reading word frequencies " + file.getFileName(), -1);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> words = new ArrayList<>(BATCH);
        long[] weights = new long[BATCH];
        long lineNo = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while ((line = readLine(in, file)) != null) {
                lineNo++;
                String t = line.strip();
                if (lineNo == 1 && t.startsWith("\uFEFF")) {
                    t = t.substring(1).strip();
                }
                if (t.isEmpty()) {
                    continue;
                }
                String[] fields = FIELDS.split(t);
                weights[words.size()] = frequency(fields, file, lineNo);
                words.add(fields[0]);
                if (words.size() == BATCH) {
                    flush(words, weights, counts, ctx);
                }
            }
        }
        flush(words, weights, counts, ctx);
    }

    static long frequency(String[] fields, Path file, long lineNo) throws CorpusFormatException {
        if (fields.length < 2) {
            throw malformed(file, lineNo, "a word and its frequency separated by whitespace", "'" + fields[0] + "'");
        }
        try {
            long f = Long.parseLong(fields[1]);
            if (f >= 1) {
                return f;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending field
        }
        throw malformed(file, lineNo, "a frequency that is a positive integer", "'" + fields[1] + "'");
    }

    private static CorpusFormatException malformed(Path file, long lineNo, String expected, String found) {
        return new CorpusFormatException(CorpusFormatException.Reason.MALFORMED_LINE, file + " line " + lineNo
                + ": expected " + expected + " (word-frequency format 'word frequency [tag]') but found " + found);
    }

    private static String readLine(BufferedReader in, Path file) throws IOException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            throw new CorpusFormatException(CorpusFormatException.Reason.NOT_UTF8, file
                    + ": not UTF-8 text: malformed byte sequence in line "
                    + org.vwb.vocab.internal.CorpusBatches.firstMalformedLine(file)
                    + "; convert the list to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)", e);
        }
    }

    private static void flush(List<String> words, long[] weights, SegmentCounts counts, JobContext ctx) {
        if (!words.isEmpty()) {
            ctx.cancellation().check();
            counts.addWeighted(words, java.util.Arrays.copyOf(weights, words.size()));
            words.clear();
        }
    }
}
