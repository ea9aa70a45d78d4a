package org.vwb.samples.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import org.vwb.safetensors.Conversions;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.TensorData;

/// A small 1-D tensor (a norm weight) encoded from f32 to F32, F16 or BF16.
record FloatVectorData(float[] values, DType dtype) implements TensorData {

    @Override
    public long byteLength() {
        return (long) values.length * dtype.bytes();
    }

    @Override
    public void writeTo(WritableByteChannel out) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) byteLength()).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            switch (dtype) {
                case F32 -> buf.putFloat(v);
                case BF16 -> buf.putShort(Conversions.f32ToBf16(v));
                case F16 -> buf.putShort(Conversions.f32ToF16(v));
                default -> throw new IllegalArgumentException("unsupported dtype " + dtype);
            }
        }
        buf.flip();
        while (buf.hasRemaining()) {
            out.write(buf);
        }
    }
}
