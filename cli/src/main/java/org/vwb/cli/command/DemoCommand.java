package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.vwb.cli.CliContext;
import org.vwb.cli.ExitCodes;
import org.vwb.cli.inspect.SummaryText;
import org.vwb.cli.option.JobOptions;
import org.vwb.cli.progress.JobRunner;
import org.vwb.model.ModelSummary;

/// `vwb demo [DIR]`: the main job on bundled samples, needing no download. It grows with the project
/// (today: write the samples and inspect them).
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Write the bundled sample models into DIR and inspect them: a first run that needs no"
                + " download.", "A folder written by an earlier demo run is replaced; any other non-empty"
                + " folder is refused."})
final class DemoCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "target/vwb-demo",
            description = "Where to write the samples (default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Mixin
    private JobOptions jobOptions;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        JobRunner runner = new JobRunner(context, spec.commandLine().getErr());
        List<ModelSummary> summaries = runner.run(context.workbench().demo(dir), jobOptions.progress());
        PrintWriter out = spec.commandLine().getOut();
        for (ModelSummary summary : summaries) {
            out.print(SummaryText.format(summary));
            out.println();
        }
        out.println("sample folders written under " + dir.toAbsolutePath().normalize()
                + "; try: vwb inspect " + dir.resolve(summaries.getFirst().folder().getFileName()));
        out.flush();
        return ExitCodes.OK;
    }
}
