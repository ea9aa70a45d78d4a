package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.vwb.cli.CliContext;
import org.vwb.cli.ExitCodes;
import org.vwb.cli.option.JobOptions;
import org.vwb.cli.progress.JobRunner;
import org.vwb.cli.tokenizer.FertilityCsv;
import org.vwb.cli.tokenizer.FertilityJson;
import org.vwb.cli.tokenizer.FertilityText;
import org.vwb.core.FertilityRequest;
import org.vwb.vocab.fertility.FertilityReport;

/// `vwb tokenizer fertility --tokenizer DIR [--compare DIR] --corpus FILE... [--json|--csv]`.
@Command(name = "fertility", mixinStandardHelpOptions = true,
        description = {"Measure how many tokens a tokenizer spends on a corpus: per character, per CJK character,"
                + " per whitespace word (lines without CJK), the share of byte-fallback tokens, the share of the"
                + " vocabulary used, the most used and the unused pieces. With --compare, two tokenizers side by side.",
            "Each non-blank line is encoded on its own, without special tokens, by the tokenizer's native library."})
final class TokenizerFertilityCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--tokenizer", required = true, paramLabel = "DIR",
            description = "A model folder, tokenizer.model or tokenizer.json (\"before\").")
    private Path tokenizer;

    @Option(names = "--compare", paramLabel = "DIR", description = "A second tokenizer to show next to it (\"after\").")
    private Path compare;

    @Option(names = "--corpus", required = true, arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files.")
    private List<Path> corpus;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10",
            description = "How many most-used and unused pieces to list. Default: ${DEFAULT-VALUE}.")
    private int top;

    @Option(names = "--threads", paramLabel = "N", description = "Encoding threads. Default: the number of cores.")
    private Integer threads;

    @ArgGroup(exclusive = true)
    private Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print one JSON object (format vwb.fertility/1).")
        boolean json;

        @Option(names = "--csv", description = "Print a CSV: one row per metric, one column per tokenizer.")
        boolean csv;
    }

    @Mixin
    private JobOptions jobOptions;

    TokenizerFertilityCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        JobRunner runner = new JobRunner(context, spec.commandLine().getErr());
        FertilityReport report = runner.run(context.workbench().fertility(
                new FertilityRequest(tokenizer, Optional.ofNullable(compare), corpus, n, top)), jobOptions.progress());
        PrintWriter o = spec.commandLine().getOut();
        o.print(format.json ? FertilityJson.write(report) + System.lineSeparator()
                : format.csv ? FertilityCsv.write(report) : FertilityText.format(report));
        o.flush();
        return ExitCodes.OK;
    }
}
