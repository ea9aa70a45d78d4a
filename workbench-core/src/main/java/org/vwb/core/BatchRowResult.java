package org.vwb.core;

import java.nio.file.Path;

/// The outcome of one batch row, as the summary CSV lists it.
///
/// @param line        the manifest line
/// @param name        the row's name
/// @param language    its language
/// @param status      `ok`, `failed`, `cancelled` or `done-before` (finished by an earlier run; skipped)
/// @param seconds     wall time of this run (0 when skipped)
/// @param before      tokens per character of the corpus with the base tokenizer (NaN when unknown)
/// @param after       the same with the expanded tokenizer (NaN when unknown)
/// @param hull        a one-line convex-hull summary (e.g. `inside 980, outside 20, undecided 0`), or ""
/// @param output      the output folder
/// @param error       the error message of a failed row, or ""
public record BatchRowResult(int line, String name, String language, String status, double seconds, double before,
                             double after, String hull, Path output, String error) {

    /// Whether the row has a finished output.
    public boolean finished() {
        return status.equals("ok") || status.equals("done-before");
    }
}
