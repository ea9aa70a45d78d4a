package org.vwb.model.patch;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/// What [PatchVerifier] knows about the patch beyond the two folders.
///
/// @param rows            the rows the patch was asked to append; when present, the written rows must
///                        equal them encoded to each tensor's dtype (otherwise only finiteness is checked)
/// @param padToMultipleOf the padding multiple the rows were rounded up to (0 or 1: none); when present,
///                        the rows must be exactly the tokenizer size rounded up to it (otherwise only
///                        "no more ids than rows" is checked)
/// @param addedFiles      names of the extra files in the output, which have no counterpart in the base
public record VerifyExpectations(Optional<NewRows> rows, OptionalInt padToMultipleOf, Set<String> addedFiles) {

    /// Validates presence and copies the set.
    public VerifyExpectations {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(padToMultipleOf, "padToMultipleOf");
        addedFiles = Set.copyOf(addedFiles);
    }

    /// Nothing known: a structural check of any patched folder.
    public static VerifyExpectations none() {
        return new VerifyExpectations(Optional.empty(), OptionalInt.empty(), Set.of());
    }

    /// Everything `request` says: its rows, padding and extra files.
    public static VerifyExpectations of(PatchRequest request) {
        return new VerifyExpectations(Optional.of(request.rows()), OptionalInt.of(request.padToMultipleOf()),
                request.extraFiles().keySet());
    }
}
