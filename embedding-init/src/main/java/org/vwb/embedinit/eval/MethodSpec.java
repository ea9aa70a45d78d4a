package org.vwb.embedinit.eval;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/// One method to benchmark: a label, a registry name and its `key=value` options (validated by the
/// registry). Labels tell apart variants of one method in one run (`blend` at two weights).
///
/// @param label   how the report names the run; unique within a spec (usually the method name); no `.`,
///                `=`, `,` or space (options are given as `LABEL.KEY=VALUE`)
/// @param name    the strategy name (`fvt`, `wechsel`, …)
/// @param options its options as text; empty for the defaults
public record MethodSpec(String label, String name, Map<String, String> options) {

    /// Checks the names and copies the options (sorted, so reports list them in a stable order).
    public MethodSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || label.isBlank()) {
            throw new IllegalArgumentException("method name or label is blank: '" + label + "=" + name + "'");
        }
        // options are addressed as LABEL.KEY=VALUE and methods listed as a,b,LABEL=NAME
        if (label.chars().anyMatch(c -> c == '.' || c == '=' || c == ',' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("method label '" + label + "' contains '.', '=', ',' or a space");
        }
        options = Map.copyOf(new TreeMap<>(options));
    }

    /// A method labelled by its name.
    public MethodSpec(String name, Map<String, String> options) {
        this(name, name, options);
    }

    /// A method with its default options, labelled by its name.
    public static MethodSpec of(String name) {
        return new MethodSpec(name, name, Map.of());
    }
}
