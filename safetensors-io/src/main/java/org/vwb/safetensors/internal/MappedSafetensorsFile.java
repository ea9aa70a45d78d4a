package org.vwb.safetensors.internal;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.vwb.safetensors.SafetensorsFile;
import org.vwb.safetensors.SafetensorsHeader;
import org.vwb.safetensors.TensorInfo;
import org.vwb.safetensors.TensorView;

/// A whole file mapped once into a shared arena; closing the arena unmaps it.
public final class MappedSafetensorsFile implements SafetensorsFile {
    private final Path path;
    private final Arena arena;
    private final MemorySegment mapping;
    private final SafetensorsHeader header;
    private final Map<String, TensorInfo> byName = new HashMap<>();

    private MappedSafetensorsFile(Path path, Arena arena, MemorySegment mapping, SafetensorsHeader header) {
        this.path = path;
        this.arena = arena;
        this.mapping = mapping;
        this.header = header;
        for (TensorInfo t : header.tensors()) {
            byName.put(t.name(), t);
        }
    }

    /// Maps `path` read-only and validates its header.
    public static SafetensorsFile open(Path path) throws IOException {
        Arena arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            MemorySegment mapping = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            SafetensorsHeader header = HeaderParser.parse(mapping, path.toString());
            return new MappedSafetensorsFile(path, arena, mapping, header);
        } catch (IOException | RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public SafetensorsHeader header() {
        return header;
    }

    @Override
    public TensorView tensor(String name) {
        TensorInfo info = byName.get(name);
        if (info == null) {
            throw new IllegalArgumentException(path + ": no tensor named '" + name + "'");
        }
        long offset = header.dataStart() + info.begin();
        return new SegmentTensorView(info, mapping.asSlice(offset, info.byteLength()), path, offset);
    }

    @Override
    public void close() {
        arena.close();
    }
}
