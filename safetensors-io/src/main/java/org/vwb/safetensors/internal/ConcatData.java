package org.vwb.safetensors.internal;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import org.vwb.safetensors.TensorData;

/// Several byte sources written one after the other.
///
/// @param parts the sources, in order
public record ConcatData(List<TensorData> parts) implements TensorData {

    /// Copies the list.
    public ConcatData {
        parts = List.copyOf(parts);
    }

    @Override
    public long byteLength() {
        long n = 0;
        for (TensorData p : parts) {
            n = Math.addExact(n, p.byteLength());
        }
        return n;
    }

    @Override
    public void writeTo(WritableByteChannel out) throws IOException {
        for (TensorData p : parts) {
            p.writeTo(out);
        }
    }
}
