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

    /// The bytes of `view`, unchanged. A view of a [SafetensorsFile] is copied from its file region by
    /// the kernel (`FileChannel.transferTo`), without touching the mapped pages.
    static TensorData copyOf(TensorView view) {
        return org.vwb.safetensors.internal.DefaultSafetensorsWriter.bytesOf(view);
    }

    /// A `rows × columns` matrix encoded to `dtype` from f32 rows, streamed in blocks of about 1 MiB;
    /// `source` is asked for rows `0 .. rows - 1` in order.
    ///
    /// @throws IllegalArgumentException when `dtype` is not F32, F16, BF16 or F64
    static TensorData encodeRows(DType dtype, long rows, long columns, RowSource source) {
        return new org.vwb.safetensors.internal.EncodedRows(dtype, rows, columns, source);
    }

    /// Bytes that `writer` writes when asked, `byteLength` of them (what a caller streams from elsewhere,
    /// e.g. a region of another file).
    static TensorData of(long byteLength, Writer writer) {
        return new TensorData() {
            @Override
            public long byteLength() {
                return byteLength;
            }

            @Override
            public void writeTo(WritableByteChannel out) throws IOException {
                writer.writeTo(out);
            }
        };
    }

    /// What [#of(long, Writer)] data runs to write itself.
    @FunctionalInterface
    interface Writer {
        /// Writes exactly the data's bytes to `out`.
        void writeTo(WritableByteChannel out) throws IOException;
    }

    /// The parts one after the other (e.g. a tensor's old rows copied as bytes, then new rows encoded).
    static TensorData concat(TensorData... parts) {
        return new org.vwb.safetensors.internal.ConcatData(java.util.List.of(parts));
    }
}
