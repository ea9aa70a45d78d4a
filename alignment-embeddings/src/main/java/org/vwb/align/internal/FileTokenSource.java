package org.vwb.align.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Function;

import org.vwb.align.TokenSource;

/// Text files split into byte-range parts, each line tokenized by a function.
///
/// @param <T> one line's tokens: `String[]` for text tokens, `int[]` for a tokenizer's ids
public final class FileTokenSource<T> implements TokenSource<T> {
    private final List<Path> files;
    private final Function<String, T> split;

    /// A source over `files` (which exist), tokenizing each line with `split`.
    public FileTokenSource(List<Path> files, Function<String, T> split) {
        this.files = files;
        this.split = split;
    }

    @Override
    public Cursor<T> open(int part, int parts) throws IOException {
        if (parts < 1 || part < 0 || part >= parts) {
            throw new IllegalArgumentException("part " + part + " of " + parts);
        }
        long[] sizes = new long[files.size()];
        long total = 0;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = Files.size(files.get(i));
            total += sizes[i];
        }
        long from = total / parts * part + Math.min(part, total % parts);
        long to = from + total / parts + (part < total % parts ? 1 : 0);
        return new RangeCursor(sizes, from, to);
    }

    /// Reads the lines whose first byte lies in the global byte range `[from, to)`.
    private final class RangeCursor implements Cursor<T> {
        private final long[] sizes;
        private final long to;
        private int file = -1;
        private long fileStart;  // global offset of the current file's first byte
        private long pos;        // global offset of the next unread byte
        private InputStream in;
        private byte[] buf = new byte[256];

        RangeCursor(long[] sizes, long from, long to) {
            this.sizes = sizes;
            this.to = to;
            this.pos = from;
        }

        @Override
        public T next() throws IOException {
            while (true) {
                if (in == null && !openFileAt()) {
                    return null;
                }
                if (pos >= to || pos >= fileStart + sizes[file]) {
                    closeFile();
                    if (pos >= to) {
                        return null;
                    }
                    continue;
                }
                int len = readLine();
                return split.apply(new String(buf, 0, len, StandardCharsets.UTF_8));
            }
        }

        /// Opens the file holding `pos` and moves to the first line starting at or after `pos`.
        private boolean openFileAt() throws IOException {
            long start = 0;
            for (int i = 0; i < sizes.length; i++) {
                if (pos < start + sizes[i]) {
                    file = i;
                    fileStart = start;
                    FileChannel ch = FileChannel.open(files.get(i), StandardOpenOption.READ);
                    long local = pos - start;
                    boolean atLineStart = local == 0;
                    if (!atLineStart) {
                        ch.position(local - 1);
                    }
                    in = new BufferedInputStream(Channels.newInputStream(ch), 1 << 16);
                    if (!atLineStart) {
                        pos--;
                        if (in.read() != '\n') {
                            pos++;
                            skipRestOfLine();
                        } else {
                            pos++;
                        }
                    }
                    return true;
                }
                start += sizes[i];
            }
            return false;
        }

        private void skipRestOfLine() throws IOException {
            int b;
            while ((b = in.read()) >= 0) {
                pos++;
                if (b == '\n') {
                    return;
                }
            }
        }

        private int readLine() throws IOException {
            int n = 0;
            int b;
            while ((b = in.read()) >= 0) {
                pos++;
                if (b == '\n') {
                    break;
                }
                if (n == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, n * 2);
                }
                buf[n++] = (byte) b;
            }
            if (b < 0) {
                pos = fileStart + sizes[file]; // the file shrank or ended without a newline
            }
            return n > 0 && buf[n - 1] == '\r' ? n - 1 : n;
        }

        private void closeFile() throws IOException {
            if (in != null) {
                in.close();
                in = null;
            }
            if (pos < to && file >= 0) {
                pos = Math.max(pos, fileStart + sizes[file]);
            }
        }

        @Override
        public void close() throws IOException {
            closeFile();
            pos = to;
        }
    }
}
