package org.vwb.embedinit.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/// What `report.json` records besides the measurements: who wrote it and from what.
///
/// @param toolVersion the workbench version
/// @param backend     the numeric backend's description
/// @param models      per model (`base`, `patched`), facts worth keeping (folder, tensor names, dtype, rows…)
///                    as strings, numbers or booleans
/// @param hashes      the inputs' digests
/// @param parameters  extra parameters beyond [DiagnosticsOptions] (for example why a tolerance was raised)
public record ReportInfo(String toolVersion, String backend, Map<String, Map<String, Object>> models,
                         List<InputHash> hashes, Map<String, Object> parameters) {
    /// Copies the collections, keeping their order.
    public ReportInfo {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(backend, "backend");
        java.util.LinkedHashMap<String, Map<String, Object>> m = new java.util.LinkedHashMap<>();
        models.forEach((k, v) -> m.put(k, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(v))));
        models = java.util.Collections.unmodifiableMap(m);
        hashes = List.copyOf(hashes);
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }
}
