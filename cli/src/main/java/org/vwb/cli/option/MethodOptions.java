package org.vwb.cli.option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/// `--method-option LABEL.KEY=VALUE` values (of `vwb eval reconstruct` and `vwb diagnose`) as a map.
public final class MethodOptions {
    private MethodOptions() {}

    /// `m.key=value` → {m: {key: value}} (mutable, in command-line order); the label ends at the first dot, the
    /// key at the first `=`.
    ///
    /// @throws ParameterException (a bad command line) for an entry without a label, a key or `=`
    public static Map<String, Map<String, String>> parse(List<String> entries, CommandLine line) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String o : entries) {
            int dot = o.indexOf('.');
            int eq = o.indexOf('=');
            if (dot <= 0 || eq < dot + 2) {
                throw new ParameterException(line, "--method-option expects LABEL.KEY=VALUE, found '" + o + "'");
            }
            out.computeIfAbsent(o.substring(0, dot), k -> new LinkedHashMap<>()).put(o.substring(dot + 1, eq),
                    o.substring(eq + 1));
        }
        return out;
    }
}
