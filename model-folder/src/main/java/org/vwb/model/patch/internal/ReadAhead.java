package org.vwb.model.patch.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.vwb.common.Threads;

/// Reads a file range into a few buffers on a thread of its own, in order, so that the next bytes are
/// read while the caller digests and writes the current ones. With one thread doing read → digest →
/// write, each read waited for the write before it, and beside the CPU stages of `vwb expand` that one
/// thread got a third of the two cores: the copy of a 13.5 GB checkpoint took 28 s against `cp -r`'s
/// 20–22 s (docs/BENCHMARKS.md).
///
/// Use: [#next] until it returns null, [#release] each buffer when done with it, always [#close].
final class ReadAhead implements AutoCloseable {
    private static final ByteBuffer END = ByteBuffer.allocate(0);

    private final FileChannel in;
    private final Path source;
    private final long position;
    private final long length;
    private final Arena arena = Arena.ofShared();
    private final BlockingQueue<ByteBuffer> free;
    private final BlockingQueue<ByteBuffer> full;
    private final Thread reader;
    private volatile boolean stopped;
    private volatile IOException failure;

    /// Starts reading `length` bytes at `position` of `in` (the file `source`) into `buffers` buffers of
    /// `bufferBytes` each.
    ReadAhead(FileChannel in, Path source, long position, long length, int buffers, int bufferBytes) {
        this.in = in;
        this.source = source;
        this.position = position;
        this.length = length;
        this.free = new ArrayBlockingQueue<>(buffers);
        this.full = new ArrayBlockingQueue<>(buffers + 1);
        long size = Math.max(1, Math.min(bufferBytes, length));
        for (int i = 0; i < buffers; i++) {
            free.add(arena.allocate(size).asByteBuffer());
        }
        this.reader = Thread.ofPlatform().name("vwb-read-ahead").daemon().start(this::read);
    }

    /// The next buffer of bytes, in file order (position 0, limit its length), or null after the last.
    ///
    /// @throws IOException what reading failed with
    ByteBuffer next() throws IOException {
        try {
            ByteBuffer buf = full.take();
            if (buf == END) {
                full.add(END); // for a later call
                if (failure != null) {
                    throw failure;
                }
                return null;
            }
            return buf;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while copying " + source);
        }
    }

    /// Gives a buffer from [#next] back for reading.
    void release(ByteBuffer buf) {
        free.add(buf);
    }

    /// Stops the reader (between reads) and waits for it; frees the buffers.
    @Override
    public void close() {
        stopped = true;
        Threads.joinUninterruptibly(reader);
        arena.close();
    }

    private void read() {
        try {
            long done = 0;
            while (done < length && !stopped) {
                ByteBuffer buf = free.poll(100, TimeUnit.MILLISECONDS);
                if (buf == null) {
                    continue; // the consumer is slow or gone: look at the stop flag again
                }
                buf.clear().limit((int) Math.min(buf.capacity(), length - done));
                while (buf.hasRemaining()) {
                    if (in.read(buf, position + done + buf.position()) < 0) {
                        throw new EOFException(source + ": ends at byte " + in.size() + " while copying bytes ["
                                + position + ", " + (position + length) + ")");
                    }
                }
                done += buf.flip().limit();
                full.add(buf);
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("interrupted while reading " + source);
        } finally {
            full.add(END);
        }
    }
}
