package org.vwb.safetensors.internal;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.channels.WritableByteChannel;
import org.vwb.safetensors.TensorData;

/// Writes a memory segment in chunks of at most 1 MiB (a `ByteBuffer` view holds at most 2 GB).
///
/// @param segment the bytes
public record SegmentData(MemorySegment segment) implements TensorData {
    private static final long CHUNK = 1 << 20;

    @Override
    public long byteLength() {
        return segment.byteSize();
    }

    @Override
    public void writeTo(WritableByteChannel out) throws IOException {
        for (long pos = 0; pos < segment.byteSize(); pos += CHUNK) {
            Channels.writeFully(out, segment.asSlice(pos, Math.min(CHUNK, segment.byteSize() - pos)).asByteBuffer());
        }
    }
}
