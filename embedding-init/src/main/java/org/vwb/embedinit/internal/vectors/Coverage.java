package org.vwb.embedinit.internal.vectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitInputException.Reason;

/// Refuses static vectors that cover almost none of the tokens (Chinese tokens against English-only
/// vectors, a wrong file): below `min-coverage` the mixture would be decided by a handful of tokens and
/// nearly everything would silently fall back.
public final class Coverage {

    private Coverage() {
    }

    /// Checks that at least `min` of the rows of `space` are covered.
    ///
    /// @param what  what the rows are, e.g. "new tokens" or "anchor (source) tokens"
    /// @param by    the vectors, e.g. "source-vectors=/path/glove.txt"
    /// @param names a token's display name by row
    /// @throws InitInputException [Reason#WRONG_VECTORS] with the counts and a few uncovered tokens
    public static void require(String method, double min, String what, String by, TokenSpace space,
                               IntFunction<String> names) throws InitInputException {
        int total = space.size();
        int covered = space.coveredCount();
        if (total == 0 || covered >= min * total) {
            return;
        }
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < total && examples.size() < 5; i++) {
            if (!space.covered(i)) {
                examples.add("'" + names.apply(i) + "'");
            }
        }
        throw new InitInputException(Reason.WRONG_VECTORS, String.format(Locale.ROOT,
                "method %s: %s cover %d of %d %s (%.2f %%), below min-coverage %s; uncovered e.g. %s — vectors"
                        + " for another language or script, or the wrong file?", method, by, covered, total, what,
                100.0 * covered / total, min, String.join(", ", examples)));
    }
}
