package org.vwb.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.vwb.core.SampleEntry;

/// Everything a view model asks the user through a dialog, behind an interface so view model tests can
/// answer without a window.
public interface DialogService {

    /// Asks for a model folder, starting in `initial` when present; empty when the user cancels.
    Optional<Path> chooseFolder(Optional<Path> initial);

    /// Asks which sample model to open; empty when the user cancels.
    Optional<SampleEntry> chooseSample(List<SampleEntry> samples);

    /// Shows an error: `headline` says what failed in one sentence, `error` gives the details on demand.
    void showError(String headline, Throwable error);
}
