package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.vwb.cli.CliContext;
import org.vwb.cli.ExitCodes;
import org.vwb.cli.option.JobOptions;
import org.vwb.cli.progress.JobRunner;
import org.vwb.core.BatchRequest;
import org.vwb.core.BatchRowResult;

/// `vwb batch manifest.csv [--jobs N] [--base DIR]`.
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run one expansion per row of a CSV manifest (columns: language, corpus, pieces, output; optional"
                + " name, base, script, method, options, vectors, dictionary). Rows run in parallel up to --jobs and"
                + " within the heap; a failing row does not stop the others. The summary CSV is rewritten after each"
                + " row, and a rerun skips the rows already finished.",
            "Exit code 0 when every row finished, 3 when some failed."})
final class BatchCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "The manifest CSV.")
    private Path manifest;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "Rows at once (default: ${DEFAULT-VALUE}).")
    private int jobs;

    @Option(names = "--base", paramLabel = "DIR", description = "Base model for rows without a base column.")
    private Path base;

    @Option(names = "--summary", paramLabel = "FILE", description = "Summary CSV (default: MANIFEST's name + .summary.csv).")
    private Path summary;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private JobOptions jobOptions;

    BatchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Path sum = summary != null ? summary
                : manifest.resolveSibling(manifest.getFileName().toString().replaceFirst("\\.csv$", "") + ".summary.csv");
        List<BatchRowResult> rows = new JobRunner(context, spec.commandLine().getErr())
                .run(context.workbench().batch(new BatchRequest(manifest, base, jobs, sum, seed)), jobOptions.progress());
        PrintWriter w = spec.commandLine().getOut();
        for (BatchRowResult r : rows) {
            w.printf(Locale.ROOT, "%-12s %-11s %7.1f s  %s%s%n", r.name(), r.status(), r.seconds(),
                    Double.isNaN(r.before()) ? "" : String.format(Locale.ROOT, "tokens/char %.3f -> %.3f  ", r.before(), r.after()),
                    r.error().isEmpty() ? r.output().toString() : r.error());
        }
        w.printf("summary: %s%n", sum);
        w.flush();
        return rows.stream().allMatch(BatchRowResult::finished) ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
