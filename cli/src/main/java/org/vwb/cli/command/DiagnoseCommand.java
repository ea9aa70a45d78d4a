package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.vwb.cli.CliContext;
import org.vwb.cli.ExitCodes;
import org.vwb.cli.option.JobOptions;
import org.vwb.cli.progress.JobRunner;
import org.vwb.core.DiagnoseRequest;
import org.vwb.core.DiagnoseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `vwb diagnose --model PATCHED --base BASE [--sample N] [--seed S] --out DIR`.
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Diagnose the new embedding rows of a patched model against its base: norms, cosine to the"
                + " old rows' mean, nearest old tokens, the recipe each row was made from (vwb-init-rows.csv),"
                + " convex-hull membership with certificates (inside: convex weights; outside: a separating"
                + " direction; else undecided with distance bounds), for lm_head rows whether they can win the"
                + " argmax, a 2-D PCA projection and per-strategy summaries.",
            "The patched model must extend the base: same width and dtype, same head kind, more rows, and the"
                + " base's rows unchanged byte for byte (else exit 3 naming the tensor and the first differing row).",
            "Writes DIR atomically: report.html (self-contained, opens offline), report.json (format vwb.diagnose/1),"
                + " tokens.csv, strategies.csv and plots/*.png."})
final class DiagnoseCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "PATCHED", description = "The patched model folder.")
    private Path model;

    @Option(names = "--base", required = true, paramLabel = "BASE", description = "The base model folder.")
    private Path base;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The report folder to write.")
    private Path out;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "" + DiagnoseRequest.DEFAULT_SAMPLE,
            description = "Old rows sampled for the 2-D projection. Default: ${DEFAULT-VALUE}.")
    private int sample;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DiagnoseRequest.DEFAULT_SEED,
            description = "Seed of the projection sample and the dominance directions. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--neighbours", paramLabel = "K", defaultValue = "" + DiagnoseRequest.DEFAULT_NEIGHBOURS,
            description = "Nearest old tokens listed per new row. Default: ${DEFAULT-VALUE}.")
    private int neighbours;

    @Option(names = "--directions", paramLabel = "N", defaultValue = "" + DiagnoseRequest.DEFAULT_DIRECTIONS,
            description = "Random directions for the \"can it dominate\" view of head rows. Default: ${DEFAULT-VALUE}.")
    private int directions;

    @Option(names = "--overwrite", description = "Replace DIR if it exists (it is replaced only when the new report is complete).")
    private boolean overwrite;

    @Mixin
    private JobOptions jobOptions;

    DiagnoseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        DiagnoseRequest request = new DiagnoseRequest(model, base, out, sample, seed, neighbours, directions, overwrite);
        JobRunner runner = new JobRunner(context, spec.commandLine().getErr());
        DiagnoseResult result = runner.run(context.workbench().diagnose(request), jobOptions.progress());
        PrintWriter w = spec.commandLine().getOut();
        w.print(DiagnoseText.format(result));
        w.flush();
        return ExitCodes.OK;
    }
}
