package org.vwb.model.patch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.vwb.safetensors.DType;
import org.vwb.safetensors.SafetensorsFile;
import org.vwb.safetensors.SafetensorsWriter;
import org.vwb.safetensors.TensorData;
import org.vwb.safetensors.TensorInfo;

/// Test helpers that edit a sample's files: tensors added or retyped, bytes flipped, folders copied.
final class TestWeights {
    private TestWeights() {
    }

    /// Rewrites `folder/model.safetensors` with tensor `name` added, or replaced when present.
    static void put(Path folder, String name, DType dtype, long[] shape, byte[] data) throws IOException {
        Path file = folder.resolve("model.safetensors");
        Path copy = folder.resolveSibling(folder.getFileName() + "-weights.tmp");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        try (SafetensorsFile f = SafetensorsFile.open(copy)) {
            SafetensorsWriter w = SafetensorsWriter.create().metadata(f.header().metadata());
            for (TensorInfo t : f.header().tensors()) {
                if (!t.name().equals(name)) {
                    w.copy(f.tensor(t.name()));
                }
            }
            w.add(name, dtype, shape, TensorData.of(data));
            w.write(file);
        }
        Files.delete(copy);
    }

    /// Flips every bit of the byte at `offset` of `file`.
    static void flipByte(Path file, long offset) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, offset);
            b.put(0, (byte) ~b.get(0)).rewind();
            ch.write(b, offset);
        }
    }

    /// Overwrites the bytes at `offset` of `file` with `bytes`.
    static void write(Path file, long offset, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(bytes), offset);
        }
    }

    /// The absolute file offset of byte `byteInTensor` of tensor `name` in the safetensors `file`.
    static long offsetOf(Path file, String name, long byteInTensor) throws IOException {
        var h = SafetensorsFile.readHeader(file);
        return h.dataStart() + h.find(name).orElseThrow().begin() + byteInTensor;
    }

    /// Copies the folder tree `from` to the new folder `to`.
    static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }
}
