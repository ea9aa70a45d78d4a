package org.vwb.cli.command;


import picocli.CommandLine.Command;


/// `vwb tokenizer …`: the tokenizer commands: mine new subwords, merge them with a reachability proof,
/// measure fertility.
@Command(name = "tokenizer", mixinStandardHelpOptions = true,
        description = "Work on a tokenizer: mine new subwords from a corpus, merge them so every new piece is"
                + " produced, measure fertility.",
        subcommands = {TokenizerMineCommand.class, TokenizerMergeCommand.class, TokenizerFertilityCommand.class})
final class TokenizerCommand extends CommandGroup {
}
