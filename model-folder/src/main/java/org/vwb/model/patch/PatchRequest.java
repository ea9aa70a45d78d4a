package org.vwb.model.patch;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/// What [CheckpointPatcher] is asked to write: the base model folder grown by new token rows, with a new
/// tokenizer, as a new folder.
///
/// @param base            the model folder to extend; opened read-only, never modified
/// @param output          the folder to write; must not be the base, inside it, or contain it
/// @param tokenizer       a folder whose tokenizer files (`tokenizer.json`, `tokenizer.model`,
///                        `tokenizer_config.json`, `special_tokens_map.json`, `added_tokens.json`, and the
///                        other names of [org.vwb.model.TokenizerFiles#KNOWN]) replace the base's
/// @param newVocabSize    the final number of rows (and `vocab_size`), padding included: the caller
///                        rounds up to `padToMultipleOf`; the patcher checks it
/// @param rows            the rows to append, for ids `oldRows … newVocabSize - 1`
/// @param padToMultipleOf the multiple the row count was padded to; 0 or 1 for no padding
/// @param extraFiles      files to add to the output, by plain file name, in order
/// @param overwrite       whether an existing `output` may be replaced (atomically, after the verify)
public record PatchRequest(Path base, Path output, Path tokenizer, int newVocabSize, NewRows rows,
                           int padToMultipleOf, Map<String, ExtraFile> extraFiles, boolean overwrite) {

    /// Validates presence and the simple ranges, and copies the map; everything that needs the base
    /// folder is checked when planning ([PatchException]).
    ///
    /// @throws IllegalArgumentException for a non-positive `newVocabSize` or a negative `padToMultipleOf`
    public PatchRequest {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(rows, "rows");
        if (newVocabSize <= 0) {
            throw new IllegalArgumentException("newVocabSize must be positive, was " + newVocabSize);
        }
        if (padToMultipleOf < 0) {
            throw new IllegalArgumentException("padToMultipleOf must be >= 0, was " + padToMultipleOf);
        }
        extraFiles = Collections.unmodifiableMap(new LinkedHashMap<>(extraFiles));
    }

    /// A request without padding, extra files or overwriting.
    public static PatchRequest of(Path base, Path output, Path tokenizer, int newVocabSize, NewRows rows) {
        return new PatchRequest(base, output, tokenizer, newVocabSize, rows, 0, Map.of(), false);
    }

    /// This request with other rows (same count expected).
    public PatchRequest withRows(NewRows newRows) {
        return new PatchRequest(base, output, tokenizer, newVocabSize, newRows, padToMultipleOf, extraFiles, overwrite);
    }

    /// This request with the row count declared as padded to a multiple of `multiple`.
    public PatchRequest withPadToMultipleOf(int multiple) {
        return new PatchRequest(base, output, tokenizer, newVocabSize, rows, multiple, extraFiles, overwrite);
    }

    /// This request with these extra files (replacing any given before).
    public PatchRequest withExtraFiles(Map<String, ExtraFile> files) {
        return new PatchRequest(base, output, tokenizer, newVocabSize, rows, padToMultipleOf, files, overwrite);
    }

    /// This request allowing (`true`) or refusing an existing output folder.
    public PatchRequest withOverwrite(boolean allow) {
        return new PatchRequest(base, output, tokenizer, newVocabSize, rows, padToMultipleOf, extraFiles, allow);
    }
}
