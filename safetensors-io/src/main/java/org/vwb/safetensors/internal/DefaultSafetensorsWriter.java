package org.vwb.safetensors.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.vwb.common.AtomicFiles;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.RowSource;
import org.vwb.safetensors.SafetensorsWriter;
import org.vwb.safetensors.TensorData;
import org.vwb.safetensors.TensorInfo;
import org.vwb.safetensors.TensorView;

/// The writer: records tensors, then lays them out and streams them into a temporary file.
public final class DefaultSafetensorsWriter implements SafetensorsWriter {
    static final String FORMAT_KEY = "format";
    static final String VERSION_KEY = "vwb.version";

    private final Map<String, String> metadata = new TreeMap<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(String name, DType dtype, long[] shape, TensorData data) {
    }

    private DefaultSafetensorsWriter() {
    }

    /// A new, empty writer.
    public static SafetensorsWriter create() {
        return new DefaultSafetensorsWriter();
    }

    @Override
    public SafetensorsWriter metadata(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value of " + key);
        if (key.equals(FORMAT_KEY) && !value.equals("pt")) {
            throw new IllegalArgumentException("__metadata__.format is always 'pt', not '" + value + "'");
        }
        metadata.put(key, value);
        return this;
    }

    @Override
    public SafetensorsWriter metadata(Map<String, String> more) {
        more.forEach(this::metadata);
        return this;
    }

    @Override
    public SafetensorsWriter add(String name, DType dtype, long[] shape, TensorData data) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.equals(HeaderParser.METADATA_KEY)) {
            throw new IllegalArgumentException("'" + name + "' cannot be a tensor name");
        }
        if (entries.containsKey(name)) {
            throw new IllegalArgumentException("tensor '" + name + "' added twice");
        }
        long expected = expectedBytes(name, dtype, shape);
        if (data.byteLength() != expected) {
            throw new IllegalArgumentException("tensor '" + name + "': " + dtype.wireName() + Arrays.toString(shape)
                    + " needs " + expected + " bytes, data has " + data.byteLength());
        }
        entries.put(name, new Entry(name, dtype, shape.clone(), data));
        return this;
    }

    @Override
    public SafetensorsWriter copy(TensorView view) {
        return copyAs(view.info().name(), view);
    }

    @Override
    public SafetensorsWriter copyAs(String name, TensorView view) {
        TensorInfo info = view.info();
        return add(name, info.dtype(), info.shape(), bytesOf(view));
    }

    /// The bytes of `view`: a kernel copy of the file region when the view is file-backed.
    public static TensorData bytesOf(TensorView view) {
        return view instanceof SegmentTensorView s && s.file() != null
                ? new RegionData(s.file(), s.fileOffset(), view.info().byteLength())
                : new SegmentData(view.data());
    }

    @Override
    public SafetensorsWriter addWithExtraRows(TensorView base, long extraRows, RowSource source) {
        TensorInfo info = base.info();
        if (info.rank() == 0 || extraRows < 0) {
            throw new IllegalArgumentException("tensor '" + info.name() + "': cannot grow " + info + " by "
                    + extraRows + " rows");
        }
        long[] shape = info.shape();
        long oldRows = shape[0];
        shape[0] = Math.addExact(oldRows, extraRows);
        TensorData extra = new EncodedRows(info.dtype(), extraRows, base.columns(),
                (row, dst) -> source.readRow(oldRows + row, dst));
        return add(info.name(), info.dtype(), shape, new ConcatData(List.of(bytesOf(base), extra)));
    }

    @Override
    public SafetensorsWriter addRows(String name, DType dtype, long rows, long columns, RowSource source) {
        return add(name, dtype, new long[] {rows, columns}, new EncodedRows(dtype, rows, columns, source));
    }

    @Override
    public List<TensorInfo> layout() {
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparingInt((Entry e) -> -e.dtype().alignment()).thenComparing(Entry::name));
        List<TensorInfo> out = new ArrayList<>(sorted.size());
        long offset = 0;
        for (Entry e : sorted) {
            long end = offset + e.data().byteLength();
            out.add(new TensorInfo(e.name(), e.dtype(), e.shape(), offset, end));
            offset = end;
        }
        return out;
    }

    @Override
    public long tensorBytes() {
        return entries.values().stream().mapToLong(e -> e.data().byteLength()).sum();
    }

    @Override
    public long write(Path target) throws IOException {
        List<TensorInfo> layout = layout();
        Map<String, String> meta = new TreeMap<>(metadata);
        meta.put(FORMAT_KEY, "pt");
        meta.put(VERSION_KEY, Provenance.version());
        byte[] prefix = HeaderWriter.prefix(meta, layout);
        long total = prefix.length + (layout.isEmpty() ? 0 : layout.getLast().end());
        AtomicFiles.writeFile(target, tmp -> {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                Channels.writeFully(out, ByteBuffer.wrap(prefix));
                for (TensorInfo t : layout) {
                    entries.get(t.name()).data().writeTo(out);
                    long expectedEnd = prefix.length + t.end();
                    if (out.position() != expectedEnd) {
                        throw new IOException(target + ": tensor '" + t.name() + "' wrote "
                                + (out.position() - prefix.length - t.begin()) + " bytes, expected " + t.byteLength());
                    }
                }
            }
        });
        return total;
    }

    /// The bytes of a `dtype` tensor of `shape`, checked.
    static long expectedBytes(String name, DType dtype, long[] shape) {
        long bits = dtype.bits();
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("tensor '" + name + "': negative dimension in " + Arrays.toString(shape));
            }
            bits = Math.multiplyExact(bits, d);
        }
        if (bits % 8 != 0) {
            throw new IllegalArgumentException("tensor '" + name + "': " + dtype.wireName() + Arrays.toString(shape)
                    + " is not a whole number of bytes");
        }
        return bits / 8;
    }
}
