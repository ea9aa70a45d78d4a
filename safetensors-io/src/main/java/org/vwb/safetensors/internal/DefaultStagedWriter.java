package org.vwb.safetensors.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.StagedSafetensorsWriter;
import org.vwb.safetensors.TensorData;
import org.vwb.safetensors.TensorInfo;

/// The two-step writer (see [StagedSafetensorsWriter]).
public final class DefaultStagedWriter implements StagedSafetensorsWriter {
    private static final Comparator<Item> ORDER =
            Comparator.comparingInt((Item i) -> -i.dtype().alignment()).thenComparing(Item::name);

    /// A tensor: fixed ones have data, reserved ones a maximal first dimension.
    private record Item(String name, DType dtype, long[] shape, TensorData data, long maxFirst) {
    }

    private final Map<String, String> metadata = new TreeMap<>();
    private final Map<String, Item> fixed = new LinkedHashMap<>();
    private final Map<String, Item> reserved = new LinkedHashMap<>();
    /// [#alignDataStart]'s congruence; a modulus of 1 asks for nothing.
    private long modulus = 1;
    private long remainder;

    /// A new, empty writer.
    public DefaultStagedWriter() {
    }

    @Override
    public StagedSafetensorsWriter metadata(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value of " + key);
        if (key.equals(DefaultSafetensorsWriter.FORMAT_KEY) && !value.equals("pt")) {
            throw new IllegalArgumentException("__metadata__.format is always 'pt', not '" + value + "'");
        }
        metadata.put(key, value);
        return this;
    }

    @Override
    public StagedSafetensorsWriter add(String name, DType dtype, long[] shape, TensorData data) {
        checkName(name);
        long expected = DefaultSafetensorsWriter.expectedBytes(name, dtype, shape);
        if (data.byteLength() != expected) {
            throw new IllegalArgumentException("tensor '" + name + "': " + dtype.wireName() + Arrays.toString(shape)
                    + " needs " + expected + " bytes, data has " + data.byteLength());
        }
        fixed.put(name, new Item(name, dtype, shape.clone(), data, 0));
        return this;
    }

    @Override
    public StagedSafetensorsWriter reserve(String name, DType dtype, long[] shape, long maxFirstDimension) {
        checkName(name);
        if (shape.length == 0 || shape[0] < 1 || shape[0] > maxFirstDimension) {
            throw new IllegalArgumentException("tensor '" + name + "': cannot reserve " + Arrays.toString(shape)
                    + " with a first dimension of at most " + maxFirstDimension);
        }
        long[] max = shape.clone();
        max[0] = maxFirstDimension;
        DefaultSafetensorsWriter.expectedBytes(name, dtype, max); // overflow and fractional bytes checked now
        reserved.put(name, new Item(name, dtype, shape.clone(), null, maxFirstDimension));
        return this;
    }

    @Override
    public boolean aligned() {
        long offset = fixedBytes();
        for (Item i : sorted(reserved)) {
            if (offset % i.dtype().alignment() != 0) {
                return false;
            }
            offset += DefaultSafetensorsWriter.expectedBytes(i.name(), i.dtype(), i.shape());
        }
        return true; // the fixed tensors are sorted by alignment, descending: each starts aligned
    }

    @Override
    public StagedSafetensorsWriter alignDataStart(long modulus, long remainder) {
        if (modulus <= 0 || modulus % 8 != 0 || remainder < 0 || remainder >= modulus || remainder % 8 != 0) {
            throw new IllegalArgumentException("data start ≡ " + remainder + " (mod " + modulus + "): expected a"
                    + " positive modulus and a remainder below it, both multiples of 8");
        }
        this.modulus = modulus;
        this.remainder = remainder;
        return this;
    }

    @Override
    public long dataStart() {
        Map<String, Long> max = new HashMap<>();
        reserved.values().forEach(i -> max.put(i.name(), i.maxFirst()));
        long room = HeaderWriter.prefix(fullMetadata(), layout(max)).length;
        return room + Math.floorMod(remainder - room, modulus);
    }

    @Override
    public long fixedBytes() {
        return fixed.values().stream().mapToLong(i -> i.data().byteLength()).sum();
    }

    @Override
    public long writeFixed(Path file) throws IOException {
        long start = dataStart();
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.position(start);
            for (Item i : sorted(fixed)) {
                long begin = out.position();
                i.data().writeTo(out);
                check(file, i.name(), out.position() - begin, i.data().byteLength());
            }
        }
        return fixedBytes();
    }

    @Override
    public long finish(Path file, Map<String, Appended> data) throws IOException {
        if (!data.keySet().equals(reserved.keySet())) {
            throw new IllegalArgumentException(file + ": expected data for the reserved tensors " + reserved.keySet()
                    + ", got " + data.keySet());
        }
        Map<String, Long> first = new HashMap<>();
        data.forEach((name, a) -> first.put(name, a.firstDimension()));
        List<TensorInfo> layout = layout(first);
        byte[] prefix = HeaderWriter.prefix(fullMetadata(), layout);
        long start = dataStart();
        if (prefix.length > start) {
            throw new IllegalStateException(file + ": header of " + prefix.length + " bytes exceeds the "
                    + start + " reserved"); // cannot happen: shapes and offsets only grow with the dimensions
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            out.position(start + fixedBytes());
            for (TensorInfo t : layout.subList(fixed.size(), layout.size())) {
                TensorData d = data.get(t.name()).data();
                if (d.byteLength() != t.byteLength()) {
                    throw new IllegalArgumentException("tensor '" + t.name() + "': " + t.dtype().wireName()
                            + Arrays.toString(t.shape()) + " needs " + t.byteLength() + " bytes, data has "
                            + d.byteLength());
                }
                d.writeTo(out);
                check(file, t.name(), out.position() - start - t.begin(), t.byteLength());
            }
            out.truncate(out.position()); // nothing after the data section, whatever the file held before
            Channels.writeFully(out.position(0), ByteBuffer.wrap(padded(prefix, (int) start)));
            return start + (layout.isEmpty() ? 0 : layout.getLast().end());
        }
    }

    @Override
    public List<TensorInfo> layout(Map<String, Long> firstDimensions) {
        List<TensorInfo> out = new ArrayList<>();
        long offset = 0;
        for (Item i : sorted(fixed)) {
            out.add(new TensorInfo(i.name(), i.dtype(), i.shape(), offset, offset + i.data().byteLength()));
            offset += i.data().byteLength();
        }
        for (Item i : sorted(reserved)) {
            Long rows = firstDimensions.get(i.name());
            if (rows == null || rows < 1 || rows > i.maxFirst()) {
                throw new IllegalArgumentException("tensor '" + i.name() + "': first dimension " + rows
                        + " is outside 1 .. " + i.maxFirst() + " (the maximum reserved for)");
            }
            long[] shape = i.shape().clone();
            shape[0] = rows;
            long bytes = DefaultSafetensorsWriter.expectedBytes(i.name(), i.dtype(), shape);
            out.add(new TensorInfo(i.name(), i.dtype(), shape, offset, offset + bytes));
            offset += bytes;
        }
        return out;
    }

    /// The header of `prefix` grown to `length` bytes: spaces appended, the length field updated.
    private static byte[] padded(byte[] prefix, int length) {
        byte[] out = Arrays.copyOf(prefix, length);
        Arrays.fill(out, prefix.length, length, (byte) ' ');
        ByteBuffer.wrap(out, 0, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(length - 8L);
        return out;
    }

    private Map<String, String> fullMetadata() {
        Map<String, String> meta = new TreeMap<>(metadata);
        meta.put(DefaultSafetensorsWriter.FORMAT_KEY, "pt");
        meta.put(DefaultSafetensorsWriter.VERSION_KEY, Provenance.version());
        return meta;
    }

    private void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.equals(HeaderParser.METADATA_KEY)) {
            throw new IllegalArgumentException("'" + name + "' cannot be a tensor name");
        }
        if (fixed.containsKey(name) || reserved.containsKey(name)) {
            throw new IllegalArgumentException("tensor '" + name + "' added twice");
        }
    }

    private static List<Item> sorted(Map<String, Item> items) {
        List<Item> list = new ArrayList<>(items.values());
        list.sort(ORDER);
        return list;
    }

    private static void check(Path file, String name, long wrote, long expected) throws IOException {
        if (wrote != expected) {
            throw new IOException(file + ": tensor '" + name + "' wrote " + wrote + " bytes, expected " + expected);
        }
    }
}
