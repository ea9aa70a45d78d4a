package org.vwb.cli;

import java.util.Objects;
import java.util.function.LongSupplier;

import org.vwb.cli.progress.Interrupts;
import org.vwb.core.Workbench;

/// What every command needs besides its options, handed to commands by [Cli]'s factory.
///
/// @param workbench the facade
/// @param interrupts where jobs register for Ctrl-C
/// @param terminal  whether stderr is an interactive terminal (progress bars) rather than a file or pipe
/// @param nanoClock monotonic time source for progress rates (a fake one in tests)
public record CliContext(Workbench workbench, Interrupts interrupts, boolean terminal, LongSupplier nanoClock) {

    /// Validates the parts.
    public CliContext {
        Objects.requireNonNull(workbench, "workbench");
        Objects.requireNonNull(interrupts, "interrupts");
        Objects.requireNonNull(nanoClock, "nanoClock");
    }
}
