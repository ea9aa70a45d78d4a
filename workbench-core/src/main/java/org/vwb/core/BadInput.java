package org.vwb.core;

import java.util.Objects;
import java.util.Optional;

import org.vwb.model.ModelFolderException;
import org.vwb.safetensors.SafetensorsFormatException;
import org.vwb.vocab.TokenizerFormatException;

/// Classifies an exception from a job as bad input: a file that is malformed or inconsistent, as
/// opposed to an I/O failure or a bug. Front ends use it to pick an exit code or a dialog without
/// knowing every feature module's exception type.
///
/// @param type   the exception's simple class name, e.g. `SafetensorsFormatException`
/// @param reason the exception's `Reason` constant, e.g. `TRUNCATED`
public record BadInput(String type, String reason) {

    /// Validates the parts.
    public BadInput {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
    }

    /// The classification of `error`, or empty when it is not a bad-input exception.
    public static Optional<BadInput> of(Throwable error) {
        String reason = switch (error) {
            case ModelFolderException e -> e.reason().name();
            case SafetensorsFormatException e -> e.reason().name();
            case TokenizerFormatException e -> e.reason().name();
            case org.vwb.vocab.CorpusFormatException e -> e.reason().name();
            case org.vwb.align.VectorFormatException e -> e.reason().name();
            case org.vwb.embedinit.InitInputException e -> e.reason().name();
            case RecipeException e -> "RECIPE";
            // An existing output folder or a full disk is an I/O condition (exit 4, as for every command);
            // everything else the patch writer refuses is inconsistent input.
            case org.vwb.model.patch.PatchException e when e.reason() != org.vwb.model.patch.PatchException.Reason.OUTPUT_EXISTS
                    && e.reason() != org.vwb.model.patch.PatchException.Reason.DISK_SPACE -> e.reason().name();
            case null, default -> null;
        };
        return Optional.ofNullable(reason).map(r -> new BadInput(error.getClass().getSimpleName(), r));
    }
}
