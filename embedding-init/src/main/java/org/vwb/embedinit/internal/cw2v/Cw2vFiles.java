package org.vwb.embedinit.internal.cw2v;

import java.nio.file.Files;
import java.nio.file.Path;
import org.vwb.embedinit.InitInputException;

/// The corpus check shared by option parsing (fail before a model is loaded) and training.
final class Cw2vFiles {

    private Cw2vFiles() {
    }

    /// @throws InitInputException [InitInputException.Reason#MISSING_RESOURCE] naming the path
    static void requireCorpus(Path file) throws InitInputException {
        if (file == null) {
            throw new InitInputException(InitInputException.Reason.MISSING_RESOURCE,
                    "cw2v needs a corpus (option corpus=PATH: target-language text, one paragraph per line)");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InitInputException(InitInputException.Reason.MISSING_RESOURCE, "cw2v corpus " + file
                    + ": no such readable file (expected UTF-8 text, one paragraph per line)");
        }
    }
}
