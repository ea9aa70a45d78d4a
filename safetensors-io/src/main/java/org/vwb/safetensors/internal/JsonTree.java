package org.vwb.safetensors.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// A minimal JSON tree on Jackson's streaming parser (jackson-core only): objects become
/// `LinkedHashMap<String, Object>`, arrays `List<Object>`, strings `String`, integers `Long` (or
/// `BigInteger` beyond 64 bits), other numbers `Double`, booleans `Boolean`, null [#NULL].
///
/// Why not databind's `ObjectMapper`: its start-up cost (hundreds of ms of class loading) dominated a
/// header-only open, the core of `vwb inspect`. Duplicate keys are rejected by the parser itself
/// (`STRICT_DUPLICATE_DETECTION`); trailing content after the value is rejected here.
final class JsonTree {
    /// The JSON `null`.
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    // Jackson's default limits (20 M chars per string, 50 k per name) are below what a valid 100 MB
    // header may hold; the header size cap already bounds everything.
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) HeaderParser.MAX_HEADER_SIZE)
                    .maxNameLength((int) HeaderParser.MAX_HEADER_SIZE).build())
            .build();

    private JsonTree() {
    }

    /// Parses exactly one JSON value (surrounded by optional whitespace).
    ///
    /// @throws com.fasterxml.jackson.core.JsonProcessingException for malformed JSON or duplicate keys
    static Object parse(byte[] utf8) throws IOException {
        try (JsonParser p = FACTORY.createParser(utf8)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "no JSON value (empty input)");
            }
            Object value = read(p, first);
            if (p.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "trailing content after the JSON value");
            }
            return value;
        }
    }

    private static Object read(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String key = p.currentName();
                    map.put(key, read(p, p.nextToken()));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    list.add(read(p, n));
                }
                yield list;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? p.getBigIntegerValue() : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> NULL;
            default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
        };
    }

    /// A short description of a value's JSON type, for messages.
    static String typeName(Object v) {
        return switch (v) {
            case Map<?, ?> m -> "object";
            case List<?> l -> "array";
            case String s -> "string";
            case Boolean b -> "boolean";
            case Number n -> "number";
            default -> "null";
        };
    }

    /// A value rendered back as compact JSON-ish text, abbreviated, for messages.
    static String show(Object v) {
        String s = v instanceof String str ? "\"" + str + "\"" : String.valueOf(v);
        return HeaderParser.abbreviate(s);
    }
}
