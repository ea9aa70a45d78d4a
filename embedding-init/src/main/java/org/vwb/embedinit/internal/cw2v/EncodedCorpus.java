package org.vwb.embedinit.internal.cw2v;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.TokenizerView;

/// A corpus tokenized once with the **target** tokenizer: the ids of all lines end to end, and where each
/// line starts. Held in memory (4 bytes per token) because every epoch reads it again and encoding is
/// far dearer than keeping it.
///
/// @param ids        target-vocabulary ids, line after line
/// @param lineStarts where line `l` starts in `ids`; one more entry than lines (the end)
record EncodedCorpus(int[] ids, int[] lineStarts) {

    private static final int CHUNK = 2048;

    /// Number of lines.
    int lines() {
        return lineStarts.length - 1;
    }

    /// Reads `file` (UTF-8, one paragraph per line; blank lines skipped) and encodes it with `target`.
    ///
    /// @throws InitInputException [InitInputException.Reason#MISSING_RESOURCE] if the file is absent,
    ///     [InitInputException.Reason#BAD_FILE] if it is not UTF-8
    static EncodedCorpus read(Path file, TokenizerView target, JobContext context) throws IOException {
        Cw2vFiles.requireCorpus(file);
        context.progress().begin("cw2v: tokenizing " + file.getFileName(), -1);
        IntList ids = new IntList(1 << 16);
        IntList starts = new IntList(1 << 10);
        List<String> chunk = new ArrayList<>(CHUNK);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    chunk.add(line.strip());
                }
                if (chunk.size() == CHUNK) {
                    encode(chunk, target, ids, starts, context);
                }
            }
        } catch (CharacterCodingException e) {
            throw new InitInputException(InitInputException.Reason.BAD_FILE, "cw2v corpus " + file
                    + ": not UTF-8 text (" + e.getMessage() + "); expected UTF-8, one paragraph per line");
        }
        encode(chunk, target, ids, starts, context);
        starts.add(ids.size());
        return new EncodedCorpus(ids.toArray(), starts.toArray());
    }

    private static void encode(List<String> chunk, TokenizerView target, IntList ids, IntList starts,
                               JobContext context) {
        context.cancellation().check();
        for (int[] line : target.encodeAll(chunk)) {
            starts.add(ids.size());
            ids.addAll(line);
        }
        context.progress().advance(chunk.size());
        chunk.clear();
    }

    /// A growable `int` array.
    static final class IntList {
        private int[] a;
        private int n;

        IntList(int capacity) {
            a = new int[Math.max(1, capacity)];
        }

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = v;
        }

        void addAll(int[] vs) {
            if (n + vs.length > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, n + vs.length));
            }
            System.arraycopy(vs, 0, a, n, vs.length);
            n += vs.length;
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
