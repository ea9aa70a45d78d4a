package org.vwb.cli.command;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import org.vwb.cli.VersionProvider;

/// The root `vwb` command. Without a subcommand it prints the help (a later issue opens the GUI there).
@Command(name = "vwb", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Vocab Workbench: inspect a Hugging Face model folder, expand its tokenizer vocabulary"
                + " and initialise the new embedding rows.",
        subcommands = {InspectCommand.class, SamplesCommand.class, DemoCommand.class, TokenizerCommand.class,
            VectorsCommand.class, InitCommand.class, ExpandCommand.class, BatchCommand.class, picocli.CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad command line", "3:bad input files (model folder, safetensors,"
                + " tokenizer)", "4:other I/O failure (missing file, permission, output exists)", "130:cancelled",
            "1:internal error (a bug; rerun with --verbose)"})
public final class VwbCommand extends CommandGroup {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On errors, print the stack trace as well as the one-line message.")
    private boolean verbose;
}
