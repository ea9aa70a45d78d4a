package org.vwb.cli.command;

import picocli.CommandLine.Command;

/// `vwb eval …`: benchmarks that help choose a method for a model.
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Benchmarks that help choose an initialization method for a model.",
        subcommands = {EvalReconstructCommand.class})
final class EvalCommand extends CommandGroup {
}
