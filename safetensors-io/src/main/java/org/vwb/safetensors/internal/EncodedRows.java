package org.vwb.safetensors.internal;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.RowSource;
import org.vwb.safetensors.TensorData;

/// A `rows × columns` matrix encoded from f32 rows block by block: memory stays at one block
/// (about 1 MiB, or one row when a row is larger) whatever the matrix size.
///
/// @param dtype   target type (F32, F16, BF16 or F64)
/// @param rows    number of rows
/// @param columns elements per row
/// @param source  where the rows come from
public record EncodedRows(DType dtype, long rows, long columns, RowSource source) implements TensorData {
    private static final long BLOCK_BYTES = 1 << 20;

    /// Checks the dtype and sizes.
    public EncodedRows {
        if (!dtype.isConvertibleToF32()) {
            throw new IllegalArgumentException(dtype.wireName() + " cannot be encoded from f32");
        }
        if (rows < 0 || columns < 0 || columns > Integer.MAX_VALUE / 8) {
            throw new IllegalArgumentException("bad matrix size " + rows + " × " + columns);
        }
    }

    @Override
    public long byteLength() {
        return Math.multiplyExact(Math.multiplyExact(rows, columns), (long) dtype.bytes());
    }

    @Override
    public void writeTo(WritableByteChannel out) throws IOException {
        if (rows == 0 || columns == 0) {
            return;
        }
        long rowBytes = columns * dtype.bytes();
        int blockRows = (int) Math.max(1, Math.min(rows, BLOCK_BYTES / rowBytes));
        ByteBuffer buffer = ByteBuffer.allocateDirect((int) (blockRows * rowBytes));
        MemorySegment block = MemorySegment.ofBuffer(buffer);
        float[] row = new float[(int) columns];
        for (long first = 0; first < rows; first += blockRows) {
            int n = (int) Math.min(blockRows, rows - first);
            for (int r = 0; r < n; r++) {
                source.readRow(first + r, row);
                RowCodec.encode(dtype, row, 0, row.length, block, r * rowBytes);
            }
            buffer.clear().limit((int) (n * rowBytes));
            Channels.writeFully(out, buffer);
        }
    }
}
