package org.vwb.model.patch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/// A patched folder that differs from what the base and the request imply. When [CheckpointPatcher]
/// throws it, nothing was moved into place.
public final class PatchVerificationException extends IOException {
    private static final long serialVersionUID = 1L;
    private static final int LISTED = 20;

    private final transient List<Difference> differences;

    /// Creates the exception; the message lists the first differences.
    public PatchVerificationException(Path output, List<Difference> differences) {
        super(message(output, differences));
        this.differences = List.copyOf(differences);
    }

    /// Every difference found (at most a few hundred; the search stops early on a badly broken folder).
    public List<Difference> differences() {
        return differences;
    }

    private static String message(Path output, List<Difference> differences) {
        StringBuilder b = new StringBuilder(output + ": verification failed, " + differences.size()
                + (differences.size() == 1 ? " difference" : " differences"));
        differences.stream().limit(LISTED).forEach(d -> b.append("\n  - ").append(d));
        if (differences.size() > LISTED) {
            b.append("\n  - … and ").append(differences.size() - LISTED).append(" more");
        }
        return b.toString();
    }
}
