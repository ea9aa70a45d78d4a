package org.vwb.model.patch.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/// Names the fields where two JSON trees differ (objects by key, everything else as a whole).
final class JsonDiff {

    /// Receives one difference: the field path, the expected and the found value (`(absent)` when missing).
    @FunctionalInterface
    interface Sink {
        void accept(String field, String expected, String found);
    }

    private JsonDiff() {
    }

    static void compare(String at, JsonNode want, JsonNode got, Sink sink) {
        if (want != null && got != null && want.isObject() && got.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            for (Map.Entry<String, JsonNode> e : want.properties()) {
                keys.add(e.getKey());
            }
            for (Map.Entry<String, JsonNode> e : got.properties()) {
                keys.add(e.getKey());
            }
            for (String k : keys) {
                compare(at.isEmpty() ? k : at + "." + k, want.get(k), got.get(k), sink);
            }
        } else if (want == null || !want.equals(got)) {
            sink.accept(at.isEmpty() ? "(root)" : at, want == null ? "(absent)" : want.toString(),
                    got == null ? "(absent)" : got.toString());
        }
    }
}
