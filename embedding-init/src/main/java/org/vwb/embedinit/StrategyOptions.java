package org.vwb.embedinit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/// Option values for one strategy, checked against its [OptionSpec]s: unknown keys are refused, missing
/// ones take their default, and every getter names the strategy and option in its error.
public final class StrategyOptions {

    private final String method;
    private final Map<String, String> values;
    private final Map<String, OptionSpec> specs;

    private StrategyOptions(String method, Map<String, String> values, Map<String, OptionSpec> specs) {
        this.method = method;
        this.values = values;
        this.specs = specs;
    }

    /// Checks `given` against `specs`.
    ///
    /// @throws InitInputException for an unknown key, a missing required one, or a choice not allowed
    public static StrategyOptions parse(String method, List<OptionSpec> specs, Map<String, String> given)
            throws InitInputException {
        Map<String, OptionSpec> byKey = new LinkedHashMap<>();
        specs.forEach(s -> byKey.put(s.key(), s));
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (!byKey.containsKey(e.getKey()) && !wildcard(byKey, e.getKey())) {
                throw bad(method, e.getKey(), "unknown option; known: " + String.join(", ", byKey.keySet()));
            }
            values.put(e.getKey(), e.getValue());
        }
        for (OptionSpec s : specs) {
            if (s.key().endsWith(".*")) {
                continue;
            }
            String v = values.get(s.key());
            if (v == null && s.required()) {
                throw bad(method, s.key(), "required (" + s.description() + ")");
            }
            if (v == null) {
                values.put(s.key(), s.defaultValue());
            } else if (s.type() == OptionSpec.Type.CHOICE && !s.choices().contains(v)) {
                throw bad(method, s.key(), "expected one of " + s.choices() + ", found '" + v + "'");
            }
        }
        return new StrategyOptions(method, values, byKey);
    }

    /// The strategy these options are for.
    public String method() {
        return method;
    }

    /// Every value, defaults filled in (for provenance records).
    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    /// A text value ("" when an optional option without default is absent).
    public String string(String key) {
        known(key);
        String v = values.get(key);
        return v == null ? "" : v;
    }

    /// A whole number in `[min, max]`.
    public int integer(String key, int min, int max) throws InitInputException {
        String v = string(key);
        try {
            int x = Integer.parseInt(v.trim());
            if (x < min || x > max) {
                throw bad(method, key, "expected a whole number in [" + min + ", " + max + "], found " + x);
            }
            return x;
        } catch (NumberFormatException e) {
            throw bad(method, key, "expected a whole number, found '" + v + "'");
        }
    }

    /// A finite real number in `[min, max]`.
    public double real(String key, double min, double max) throws InitInputException {
        String v = string(key);
        try {
            double x = Double.parseDouble(v.trim());
            if (!(x >= min && x <= max)) {
                throw bad(method, key, "expected a number in [" + min + ", " + max + "], found " + v);
            }
            return x;
        } catch (NumberFormatException e) {
            throw bad(method, key, "expected a number, found '" + v + "'");
        }
    }

    /// `true` or `false`.
    public boolean bool(String key) throws InitInputException {
        String v = string(key).trim();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw bad(method, key, "expected true or false, found '" + v + "'");
    }

    /// A path, or `null` when the option is optional and absent.
    public Path path(String key) {
        String v = string(key);
        return v.isBlank() ? null : Path.of(v);
    }

    /// The options whose keys start with `prefix + "."`, prefix removed (how `blend` passes options on).
    public Map<String, String> prefixed(String prefix) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix + ".") && v != null) {
                out.put(k.substring(prefix.length() + 1), v);
            }
        });
        return out;
    }

    /// A spec key `name.*` accepts every `name.x` (options handed on to a nested strategy).
    private static boolean wildcard(Map<String, OptionSpec> specs, String key) {
        int dot = key.indexOf('.');
        return dot > 0 && specs.containsKey(key.substring(0, dot) + ".*");
    }

    private void known(String key) {
        if (!specs.containsKey(key)) {
            throw new IllegalArgumentException(method + " declares no option " + key);
        }
    }

    static InitInputException bad(String method, String key, String what) {
        return new InitInputException(InitInputException.Reason.BAD_OPTION,
                "method " + method + ", option " + key + ": " + what);
    }
}
