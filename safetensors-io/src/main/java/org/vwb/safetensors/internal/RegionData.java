package org.vwb.safetensors.internal;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import org.vwb.safetensors.TensorData;

/// Bytes of a region of a file on disk, copied by the kernel.
///
/// @param file     the source file
/// @param position absolute offset of the first byte
/// @param length   number of bytes
record RegionData(Path file, long position, long length) implements TensorData {

    @Override
    public long byteLength() {
        return length;
    }

    @Override
    public void writeTo(WritableByteChannel out) throws IOException {
        Channels.transferRegion(file, position, length, out);
    }
}
