package org.vwb.safetensors.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.vwb.safetensors.TensorInfo;

/// Serializes a header: compact JSON, `__metadata__` first, tensors in layout order, padded with spaces
/// so that 8 + length is a multiple of 8 (the data section, and so every tensor, starts 8-aligned).
final class HeaderWriter {
    private HeaderWriter() {
    }

    /// The full prefix: 8-byte little-endian length followed by the padded JSON.
    static byte[] prefix(Map<String, String> metadata, List<TensorInfo> tensors) {
        byte[] json = json(metadata, tensors);
        int padded = (json.length + 7) / 8 * 8;
        byte[] out = new byte[8 + padded];
        Arrays.fill(out, 8 + json.length, out.length, (byte) ' ');
        System.arraycopy(json, 0, out, 8, json.length);
        java.nio.ByteBuffer.wrap(out, 0, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(padded);
        return out;
    }

    private static byte[] json(Map<String, String> metadata, List<TensorInfo> tensors) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonTree.FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart(HeaderParser.METADATA_KEY);
            for (Map.Entry<String, String> e : metadata.entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            for (TensorInfo t : tensors) {
                g.writeObjectFieldStart(t.name());
                g.writeStringField("dtype", t.dtype().wireName());
                g.writeArrayFieldStart("shape");
                for (long d : t.shape()) {
                    g.writeNumber(d);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("data_offsets");
                g.writeNumber(t.begin());
                g.writeNumber(t.end());
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }
}
