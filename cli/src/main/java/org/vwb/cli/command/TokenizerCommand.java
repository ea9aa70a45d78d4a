package org.vwb.cli.command;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.vwb.cli.ExitCodes;

/// `vwb tokenizer …`: the tokenizer command group. (Mining and fertility here; the merge command joins
/// this group when both branches meet.)
@Command(name = "tokenizer", mixinStandardHelpOptions = true,
        description = "Work on a tokenizer: mine new subwords from a corpus, measure fertility.",
        subcommands = {TokenizerMineCommand.class, TokenizerFertilityCommand.class})
final class TokenizerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
