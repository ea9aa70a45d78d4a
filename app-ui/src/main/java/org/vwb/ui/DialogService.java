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

    /// Asks for UTF-8 text files to mine from or measure on; empty when the user cancels.
    List<Path> chooseCorpusFiles(Optional<Path> initial);

    /// Asks for a candidates CSV to import; empty when the user cancels.
    Optional<Path> chooseCandidatesFile(Optional<Path> initial);

    /// Asks for a tokenizer to import pieces from (`tokenizer.json` or `tokenizer.model`); empty when the
    /// user cancels.
    Optional<Path> chooseTokenizer(Optional<Path> initial);

    /// Asks for a new folder to write a tokenizer into (it must not exist yet); empty when the user cancels.
    Optional<Path> chooseNewFolder(String title, Optional<Path> initial);

    /// Asks for an existing file (a strategy's vectors, dictionary or corpus); empty when the user cancels.
    Optional<Path> chooseFile(String title, Optional<Path> initial);

    /// Asks for a recipe file to read (`save` false) or to write (`save` true); empty when the user cancels.
    Optional<Path> chooseRecipe(boolean save, Optional<Path> initial);

    /// Asks a yes/no question: `headline` states it, `details` says what "yes" does; true for "yes".
    boolean confirm(String headline, String details, String yesLabel);

    /// Shows an error: `headline` says what failed in one sentence, `error` gives the details on demand.
    void showError(String headline, Throwable error);
}
