package org.vwb.cli.command;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.vwb.cli.ExitCodes;

/// `vwb tokenizer …`: the tokenizer commands: mine new subwords, merge them with a reachability proof,
/// measure fertility.
@Command(name = "tokenizer", mixinStandardHelpOptions = true,
        description = "Work on a tokenizer: mine new subwords from a corpus, merge them so every new piece is"
                + " produced, measure fertility.",
        subcommands = {TokenizerMineCommand.class, TokenizerMergeCommand.class, TokenizerFertilityCommand.class})
final class TokenizerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
