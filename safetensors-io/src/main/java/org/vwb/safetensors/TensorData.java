package org.vwb.safetensors;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/// Bytes of one tensor to be written: produced on demand, streamed into the output file.
///
/// Implementations for the common cases come from [SafetensorsWriter]'s factories; large ones stream
/// row blocks so that memory use does not grow with the tensor.
public interface TensorData {

    /// Exactly how many bytes [#writeTo] writes.
    long byteLength();

    /// Writes the bytes, little-endian, in row-major order.
    void writeTo(WritableByteChannel out) throws IOException;
}
