package org.vwb.embedinit.report;

import java.util.Map;

/// Summary of the new rows of one matrix that one strategy (provenance `method`) made.
///
/// Rows without provenance are grouped under the method `unknown`. Medians and means are over the
/// group's rows; `meanDominance` is `NaN` when the matrix has no dominance view.
///
/// @param role                 the matrix label (`input` or `output`)
/// @param method               the strategy
/// @param rows                 how many new rows
/// @param origins              rows per origin name (`MIXTURE`, `COPIED`, `MEAN`, `SAMPLED`, `NONE`)
/// @param medianNorm           median Euclidean norm
/// @param meanCosineToMean     mean cosine to the old rows' mean
/// @param inside               rows certified inside the hull
/// @param outside              rows certified outside
/// @param undecided            rows left undecided
/// @param medianRelativeLower  median lower distance bound, relative to the median old norm
/// @param medianRelativeUpper  median upper distance bound, relative to the median old norm
/// @param meanTopCosine        mean cosine to the nearest old row
/// @param meanDominance        mean fraction of directions in which the row beats every old row
public record StrategySummary(String role, String method, int rows, Map<String, Integer> origins,
                              double medianNorm, double meanCosineToMean, long inside, long outside,
                              long undecided, double medianRelativeLower, double medianRelativeUpper,
                              double meanTopCosine, double meanDominance) {
    /// Copies the map.
    public StrategySummary {
        origins = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(origins));
    }
}
