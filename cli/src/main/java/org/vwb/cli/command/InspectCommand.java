package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.vwb.cli.CliContext;
import org.vwb.cli.ExitCodes;
import org.vwb.cli.inspect.SummaryJson;
import org.vwb.cli.inspect.SummaryText;
import org.vwb.cli.option.JobOptions;
import org.vwb.cli.progress.JobRunner;
import org.vwb.model.ModelSummary;

/// `vwb inspect DIR [--json]`: summarises a model folder from its config, headers and tokenizer.
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Summarise a Hugging Face model folder: architecture, dtypes, parameters, shards,"
                + " embedding and LM head (tied or not), tokenizer kind and size, CJK coverage of the"
                + " vocabulary, and consistency warnings.",
            "Reads only config.json, the safetensors headers and the tokenizer files, never tensor data."})
final class InspectCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The model folder (config.json, *.safetensors, tokenizer).")
    private Path dir;

    @Option(names = "--json", description = "Print the summary as one JSON object (format vwb.inspect/1).")
    private boolean json;

    @Mixin
    private JobOptions jobOptions;

    InspectCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        JobRunner runner = new JobRunner(context, spec.commandLine().getErr());
        ModelSummary summary = runner.run(context.workbench().inspect(dir), jobOptions.progress());
        out.print(json ? SummaryJson.write(summary) + System.lineSeparator() : SummaryText.format(summary));
        out.flush();
        return ExitCodes.OK;
    }
}
