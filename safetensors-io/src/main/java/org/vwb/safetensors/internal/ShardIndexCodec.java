package org.vwb.safetensors.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.vwb.common.AtomicFiles;
import org.vwb.safetensors.SafetensorsFormatException;
import org.vwb.safetensors.SafetensorsFormatException.Reason;
import org.vwb.safetensors.ShardIndex;

/// Reads and writes `model.safetensors.index.json` in the layout Hugging Face writes: 2-space indent,
/// `metadata` then `weight_map`, weight_map sorted by tensor name.
public final class ShardIndexCodec {
    private static final long MAX_INDEX_BYTES = 64L << 20;

    private ShardIndexCodec() {
    }

    /// Reads and validates `file` (shard names are checked syntactically; see [#checkShardName]).
    public static ShardIndex read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_INDEX_BYTES) {
            throw invalid(file, "index is " + size + " bytes, more than the " + MAX_INDEX_BYTES + " accepted");
        }
        Object root;
        try {
            root = JsonTree.parse(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw invalid(file, (HeaderParser.isDuplicateKey(e) ? "duplicate key: " : "not valid JSON: ")
                    + e.getOriginalMessage());
        }
        if (!(root instanceof Map<?, ?> rootMap)) {
            throw invalid(file, "not a JSON object but " + JsonTree.typeName(root));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        Object meta = rootMap.get("metadata");
        if (meta != null && meta != JsonTree.NULL) {
            if (!(meta instanceof Map<?, ?> metaMap)) {
                throw invalid(file, "'metadata' is not an object but " + JsonTree.typeName(meta));
            }
            for (Map.Entry<?, ?> e : metaMap.entrySet()) {
                metadata.put((String) e.getKey(), String.valueOf(e.getValue()));
            }
        }
        String total = metadata.get("total_size");
        if (total != null && !total.matches("\\d{1,18}")) {
            throw invalid(file, "'metadata.total_size' is not a non-negative integer: " + total);
        }
        if (!(rootMap.get("weight_map") instanceof Map<?, ?> map)) {
            throw invalid(file, "'weight_map' is missing or not an object");
        }
        Map<String, String> weightMap = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String tensor = (String) e.getKey();
            if (!(e.getValue() instanceof String shard)) {
                throw invalid(file, "weight_map entry '" + tensor + "' is not a file name string");
            }
            checkShardName(file, tensor, shard);
            weightMap.put(tensor, shard);
        }
        return new ShardIndex(metadata, weightMap);
    }

    /// A shard name must be a relative path inside the folder: not empty, not absolute, no `..`.
    static void checkShardName(Path indexFile, String tensor, String shard) throws SafetensorsFormatException {
        String problem = null;
        if (shard.isEmpty()) {
            problem = "is empty";
        } else if (shard.startsWith("/") || shard.startsWith("\\") || shard.matches("^[A-Za-z]:.*")
                || Path.of(shard).isAbsolute()) {
            problem = "is an absolute path";
        } else if (java.util.Arrays.asList(shard.split("[/\\\\]")).contains("..")) {
            problem = "contains '..'";
        } else if (shard.indexOf('\0') >= 0) {
            problem = "contains a NUL character";
        }
        if (problem != null) {
            throw new SafetensorsFormatException(Reason.SHARD_INVALID, indexFile + ": shard name '" + shard
                    + "' of tensor '" + tensor + "' " + problem + "; shards must be files inside the model folder");
        }
    }

    /// Writes `index` atomically: `metadata` (`total_size` and other integer values as numbers, the rest
    /// as strings), then `weight_map` sorted by tensor name.
    public static void write(ShardIndex index, Path file) throws IOException {
        AtomicFiles.writeFile(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp);
                 JsonGenerator g = JsonTree.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
                g.writeStartObject();
                g.writeObjectFieldStart("metadata");
                for (Map.Entry<String, String> e : index.metadata().entrySet()) {
                    g.writeFieldName(e.getKey());
                    if (e.getValue().matches("-?\\d{1,18}")) {
                        g.writeNumber(Long.parseLong(e.getValue()));
                    } else {
                        g.writeString(e.getValue());
                    }
                }
                g.writeEndObject();
                g.writeObjectFieldStart("weight_map");
                for (Map.Entry<String, String> e : new TreeMap<>(index.weightMap()).entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        });
    }

    private static SafetensorsFormatException invalid(Path file, String detail) {
        return new SafetensorsFormatException(Reason.INDEX_INVALID, file + ": " + detail);
    }

    static NoSuchFileException missing(Path folder, String detail) {
        return new NoSuchFileException(folder.toString(), null, detail);
    }
}
