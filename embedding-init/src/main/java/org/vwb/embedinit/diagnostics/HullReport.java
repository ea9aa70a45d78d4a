package org.vwb.embedinit.diagnostics;

import java.util.List;

/// Verdicts for all query rows, in row order.
///
/// @param rows            one verdict per query row
/// @param medianBaseNorm  the median Euclidean norm of the base rows (the unit of relative distances)
/// @param tolerance       the absolute inside tolerance used (relative tolerance × median norm)
public record HullReport(List<RowVerdict> rows, double medianBaseNorm, double tolerance) {
    /// Copies the list.
    public HullReport {
        rows = List.copyOf(rows);
    }

    /// How many rows got the given verdict.
    public long count(HullVerdict verdict) {
        return rows.stream().filter(r -> r.verdict() == verdict).count();
    }

    /// How many rows the given stage decided.
    public long count(HullMethod method) {
        return rows.stream().filter(r -> r.method() == method && r.verdict() != HullVerdict.UNDECIDED).count();
    }
}
