package org.vwb.cli.command;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.vwb.cli.ExitCodes;

/// A command that only groups subcommands (`vwb`, `vwb tokenizer`, `vwb samples`, `vwb vectors`): run
/// without one, it prints its usage and succeeds.
abstract class CommandGroup implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
