package org.vwb.cli.command;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.vwb.cli.ExitCodes;

/// `vwb tokenizer …`: the tokenizer commands (merge; mining and fertility live in their own classes).
@Command(name = "tokenizer", mixinStandardHelpOptions = true,
        description = "Edit a tokenizer's vocabulary: merge new pieces into it with a reachability proof.",
        subcommands = {TokenizerMergeCommand.class})
final class TokenizerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
