package org.vwb.align.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/// Reads a byte stream line by line without creating a `String` per line: after [#next()] the line is
/// `buffer()[start() .. end())`, without its `\n` or `\r\n`.
///
/// Why bytes: a 2 M × 300 `.vec` is ~5 GB of text; decoding and splitting each line as a `String` would
/// allocate several times the payload. Only the word of each line is decoded.
public final class LineReader implements Closeable {
    private final InputStream in;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private boolean eof;
    private int start;
    private int end;
    private long lineNumber;

    /// Reads from `in`, which this reader closes.
    public LineReader(InputStream in) {
        this.in = in;
    }

    /// Advances to the next line; false at the end of the stream.
    public boolean next() throws IOException {
        int scanFrom = pos;
        while (true) {
            int nl = indexOfNewline(scanFrom);
            if (nl >= 0) {
                setLine(pos, nl);
                pos = nl + 1;
                return true;
            }
            if (eof) {
                if (pos < limit) {
                    setLine(pos, limit);
                    pos = limit;
                    return true;
                }
                return false;
            }
            scanFrom = limit - pos;
            fill();
            scanFrom += pos;
        }
    }

    /// The buffer holding the current line (valid until the next call to [#next()]).
    public byte[] buffer() {
        return buf;
    }

    /// Start of the current line in [#buffer()].
    public int start() {
        return start;
    }

    /// End (exclusive) of the current line in [#buffer()].
    public int end() {
        return end;
    }

    /// The 1-based number of the current line.
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void setLine(int from, int to) {
        start = from;
        end = to > from && buf[to - 1] == '\r' ? to - 1 : to;
        lineNumber++;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < limit; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /// Moves the unread part to the front (growing the buffer for very long lines) and reads more.
    private void fill() throws IOException {
        int remaining = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, remaining);
        } else if (remaining == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        pos = 0;
        limit = remaining;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }
}
