package org.vwb.safetensors;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.channels.WritableByteChannel;

/// Bytes of one tensor to be written: produced on demand, streamed into the output file.
///
/// Implementations for the common cases come from the factories here and from [SafetensorsWriter]'s
/// `copy` and `addRows`; large ones stream row blocks so that memory use does not grow with the tensor.
public interface TensorData {

    /// Exactly how many bytes [#writeTo] writes.
    long byteLength();

    /// Writes the bytes, little-endian, in row-major order.
    void writeTo(WritableByteChannel out) throws IOException;

    /// The bytes of `segment` (heap or native), written in bounded chunks.
    static TensorData of(MemorySegment segment) {
        return new org.vwb.safetensors.internal.SegmentData(segment);
    }

    /// The bytes of `bytes` (not copied: do not modify the array before the write).
    static TensorData of(byte[] bytes) {
        return of(MemorySegment.ofArray(bytes));
    }
}
