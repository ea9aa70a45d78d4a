package org.vwb.embedinit.eval;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/// One method to benchmark: a registry name and its `key=value` options (validated by the registry).
///
/// @param name    the strategy name (`fvt`, `wechsel`, …)
/// @param options its options as text; empty for the defaults
public record MethodSpec(String name, Map<String, String> options) {

    /// Copies the options (sorted, so reports list them in a stable order).
    public MethodSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("method name is blank");
        }
        options = Map.copyOf(new TreeMap<>(options));
    }

    /// A method with its default options.
    public static MethodSpec of(String name) {
        return new MethodSpec(name, Map.of());
    }
}
