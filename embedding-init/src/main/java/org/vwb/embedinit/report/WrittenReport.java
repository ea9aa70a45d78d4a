package org.vwb.embedinit.report;

import java.util.List;

/// What [ReportWriter#write] produced.
///
/// @param files the files written, relative to the report folder, in writing order
/// @param plots the plots, also written as PNG files under `plots/`
public record WrittenReport(List<String> files, List<Plot> plots) {
    /// Copies the lists.
    public WrittenReport {
        files = List.copyOf(files);
        plots = List.copyOf(plots);
    }
}
