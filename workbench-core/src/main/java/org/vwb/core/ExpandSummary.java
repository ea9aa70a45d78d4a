package org.vwb.core;

import java.nio.file.Path;
import java.util.Map;

/// What `vwb expand` did.
///
/// @param output       the patched model folder
/// @param oldSize      ids of the base tokenizer
/// @param newSize      rows of the patched model (tokens + padding)
/// @param added        pieces the merge added
/// @param unreachable  pieces the merge dropped because the engines never produce them
/// @param before       tokens per character of the corpus with the base tokenizer (NaN without a corpus)
/// @param after        the same with the expanded tokenizer
/// @param init         the init outcome (methods, origins, fallbacks)
/// @param hull         a one-line convex-hull summary, or "" when diagnostics were off
/// @param stageMillis  wall time per stage, in stage order
public record ExpandSummary(Path output, int oldSize, int newSize, int added, int unreachable, double before,
                            double after, InitSummary init, String hull, Map<String, Long> stageMillis) {
    /// Copies the map (keeping its order).
    public ExpandSummary {
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }
}
