package org.vwb.vocab.internal;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.vwb.common.Cancellation;
import org.vwb.common.ProgressSink;
import org.vwb.vocab.CorpusFormatException;

/// Streams corpus files as batches of lines to a fixed number of worker threads, each with its own state,
/// so a corpus of hundreds of MB is never held in memory: at most `2 × threads` batches are in flight.
///
/// Files are read as strict UTF-8 (a malformed byte is a [CorpusFormatException] naming the file and
/// line); a leading byte-order mark is dropped; blank lines are skipped.
public final class CorpusBatches {

    /// What a worker does with one batch, on its own state.
    @FunctionalInterface
    public interface Work<W> {
        /// Handles `lines` (non-blank, without line terminators).
        void accept(W state, List<String> lines);
    }

    /// The worker states after the last batch, and how much text was read.
    ///
    /// @param states     one per worker thread, in thread order
    /// @param lines      non-blank lines handed to workers
    /// @param characters UTF-16 chars in those lines
    public record Result<W>(List<W> states, long lines, long characters) {
    }

    private static final List<String> END = List.of();

    private CorpusBatches() {
    }

    /// Reads `files` in order and runs `work` on batches of about `batchChars` characters.
    ///
    /// @throws java.nio.file.NoSuchFileException for a missing file (before any work starts)
    /// @throws CorpusFormatException for a file that is not UTF-8
    public static <W> Result<W> run(List<Path> files, int threads, int batchChars, Supplier<W> state, Work<W> work,
            ProgressSink progress, Cancellation cancellation) throws IOException {
        return run(files, 0, threads, batchChars, state, work, progress, cancellation);
    }

    /// As [#run(List, int, int, Supplier, Work, ProgressSink, Cancellation)], but the first `skipLines`
    /// non-blank lines (over the files in order) are read and not handed to the workers nor counted: the
    /// caller has counted them already.
    public static <W> Result<W> run(List<Path> files, long skipLines, int threads, int batchChars, Supplier<W> state,
            Work<W> work, ProgressSink progress, Cancellation cancellation) throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f); // fails early, naming the file, when it is missing
        }
        progress.begin("reading and encoding the corpus", total);
        int n = Math.max(1, threads);
        BlockingQueue<List<String>> queue = new ArrayBlockingQueue<>(2 * n);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<W> states = new ArrayList<>(n);
        List<Thread> workers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            W s = state.get();
            states.add(s);
            workers.add(Thread.ofPlatform().name("vwb-corpus-" + i).daemon().start(() -> drain(queue, s, work, failure, cancellation)));
        }
        long[] counts = {0, 0, skipLines}; // lines and chars handed to workers, lines still to skip
        try {
            for (Path f : files) {
                readFile(f, batchChars, queue, counts, failure, progress, cancellation);
            }
        } finally {
            for (int i = 0; i < n; i++) {
                putQuietly(queue, END, failure);
            }
            joinAll(workers);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Result<>(List.copyOf(states), counts[0], counts[1]);
    }

    private static <W> void drain(BlockingQueue<List<String>> queue, W state, Work<W> work,
            AtomicReference<RuntimeException> failure, Cancellation cancellation) {
        try {
            for (List<String> batch = queue.take(); batch != END; batch = queue.take()) {
                if (failure.get() == null && !cancellation.isRequested()) {
                    work.accept(state, batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) { // handed to the reading thread, which rethrows it
            failure.compareAndSet(null, e);
        }
    }

    private static void readFile(Path file, int batchChars, BlockingQueue<List<String>> queue, long[] counts,
            AtomicReference<RuntimeException> failure, ProgressSink progress, Cancellation cancellation) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long[] consumed = new long[1];
        long reported = 0;
        long lineNo = 0;
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader in = new BufferedReader(new InputStreamReader(counting(raw, consumed), decoder), 1 << 16)) {
            List<String> batch = new ArrayList<>();
            int chars = 0;
            String line;
            while ((line = readLine(in, file)) != null) {
                line = corpusLine(line, ++lineNo);
                if (line == null) {
                    continue;
                }
                if (counts[2] > 0) {
                    counts[2]--;
                    continue;
                }
                batch.add(line);
                chars += line.length();
                counts[0]++;
                counts[1] += line.length();
                if (chars >= batchChars) {
                    cancellation.check();
                    put(queue, batch, failure);
                    progress.advance(consumed[0] - reported);
                    reported = consumed[0];
                    batch = new ArrayList<>();
                    chars = 0;
                }
            }
            if (!batch.isEmpty()) {
                put(queue, batch, failure);
            }
            progress.advance(consumed[0] - reported);
        }
    }

    private static String readLine(BufferedReader in, Path file) throws IOException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            throw notUtf8(file, e);
        }
    }

    /// A line of a corpus file as every corpus reader takes it (mining, the fertility report, the merge's
    /// check corpus, so that their counts add up): the first line without a leading byte-order mark; null
    /// for a blank line, which is skipped.
    public static String corpusLine(String line, long lineNo) {
        String text = lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        return text.isBlank() ? null : text;
    }

    /// The error for a corpus file that is not UTF-8, naming the line of the first malformed byte
    /// sequence (a reader decodes ahead of the lines it returns, so the line is found in a second pass).
    public static CorpusFormatException notUtf8(Path file, CharacterCodingException cause) throws IOException {
        return new CorpusFormatException(CorpusFormatException.Reason.NOT_UTF8, file
                + ": not UTF-8 text: malformed byte sequence in line " + firstMalformedLine(file)
                + "; convert the corpus to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)", cause);
    }

    /// The 1-based line of the first byte sequence that is not UTF-8 (a shortest-form check is left to
    /// the JDK decoder; this only needs to find the line).
    public static long firstMalformedLine(Path file) throws IOException {
        long line = 1;
        int pending = 0;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (pending > 0) {
                    if ((b & 0xC0) != 0x80) {
                        return line;
                    }
                    pending--;
                    continue;
                }
                if (b == '\n') {
                    line++;
                }
                pending = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                if (pending < 0) {
                    return line;
                }
            }
        }
        return line;
    }

    private static void put(BlockingQueue<List<String>> queue, List<String> batch, AtomicReference<RuntimeException> failure) {
        if (failure.get() != null) {
            throw failure.get();
        }
        putQuietly(queue, batch, failure);
    }

    private static void putQuietly(BlockingQueue<List<String>> queue, List<String> batch, AtomicReference<RuntimeException> failure) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, new IllegalStateException("interrupted while reading the corpus", e));
        }
    }

    private static void joinAll(List<Thread> workers) {
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static InputStream counting(InputStream in, long[] consumed) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    consumed[0]++;
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int r = super.read(buf, off, len);
                if (r > 0) {
                    consumed[0] += r;
                }
                return r;
            }
        };
    }
}
