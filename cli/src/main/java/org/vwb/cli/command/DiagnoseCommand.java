package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.vwb.cli.CliContext;
import org.vwb.cli.ExitCodes;
import org.vwb.cli.option.JobOptions;
import org.vwb.cli.option.MethodOptions;
import org.vwb.cli.progress.JobRunner;
import org.vwb.core.DiagnoseReconstruction;
import org.vwb.core.DiagnoseRequest;
import org.vwb.core.DiagnoseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/// `vwb diagnose --model PATCHED --base BASE [--sample N] [--seed S] [--reconstruct[=METHODS] | --no-reconstruct]
/// [--holdout N] [--vectors FILE] --out DIR`.
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Diagnose the new embedding rows of a patched model against its base: norms, cosine to the"
                + " old rows' mean, nearest old tokens, the recipe each row was made from (vwb-init-rows.csv),"
                + " convex-hull membership with certificates (inside: convex weights; outside: a separating"
                + " direction; else undecided with distance bounds), for lm_head rows whether they can win the"
                + " argmax, a 2-D PCA projection and per-strategy summaries.",
            "The patched model must extend the base: same width and dtype, same head kind, more rows, and the"
                + " base's rows unchanged byte for byte (else exit 3 naming the tensor and the first differing row).",
            "For an encoder base (BERT family, e.g. MiniLM) it also runs the reconstruction benchmark of vwb eval"
                + " reconstruct on BASE (--holdout tokens, seeded with --seed; fvt and the baselines) so the report"
                + " says which initialization methods rebuild the base's own rows best; --reconstruct runs it for any"
                + " base, --no-reconstruct never.",
            "Writes DIR atomically: report.html (self-contained, opens offline), report.json (format vwb.diagnose/1),"
                + " tokens.csv, strategies.csv, reconstruction.csv (when the benchmark ran) and plots/*.png."})
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

    @Option(names = "--reconstruct", arity = "0..1", fallbackValue = "", paramLabel = "METHODS",
            description = "Also run the reconstruction benchmark (as vwb eval reconstruct) on BASE and put its scores"
                    + " in the report: fvt and the baselines random, mean, multivariate, plus METHODS (comma-separated,"
                    + " NAME or LABEL=NAME). Default: on for an encoder base (BERT family, e.g. MiniLM), off otherwise.")
    private String reconstruct;

    @Option(names = "--no-reconstruct", description = "Do not run the reconstruction benchmark, not even on an encoder.")
    private boolean noReconstruct;

    @Option(names = "--holdout", paramLabel = "N", defaultValue = "" + DiagnoseReconstruction.DEFAULT_HOLDOUT,
            description = "Tokens the reconstruction benchmark holds out. Default: ${DEFAULT-VALUE}.")
    private int holdout;

    @Option(names = "--method-option", paramLabel = "LABEL.KEY=VALUE",
            description = "An option of one benchmarked method (by its label), e.g. fvt.weighting=length (repeatable).")
    private List<String> methodOptions = new ArrayList<>();

    @Option(names = "--vectors", paramLabel = "FILE",
            description = "Static vectors (.vec) for the tokens: adds wechsel to the benchmark with"
                    + " source-vectors=FILE (the same as --method-option wechsel.source-vectors=FILE).")
    private Path vectors;

    @Option(names = "--overwrite", description = "Replace DIR if it exists (it is replaced only when the new report is complete).")
    private boolean overwrite;

    @Mixin
    private JobOptions jobOptions;

    DiagnoseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        DiagnoseRequest request = new DiagnoseRequest(model, base, out, sample, seed, neighbours, directions, overwrite,
                reconstruction());
        JobRunner runner = new JobRunner(context, spec.commandLine().getErr());
        DiagnoseResult result = runner.run(context.workbench().diagnose(request), jobOptions.progress());
        PrintWriter w = spec.commandLine().getOut();
        w.print(DiagnoseText.format(result));
        w.flush();
        return ExitCodes.OK;
    }

    /// The reconstruction choice: off, on, or on for encoders only; fvt always, plus `--reconstruct`'s methods
    /// and wechsel when `--vectors` is given.
    private DiagnoseReconstruction reconstruction() {
        if (noReconstruct && reconstruct != null) {
            throw new ParameterException(spec.commandLine(), "--reconstruct and --no-reconstruct exclude each other");
        }
        List<String> methods = new ArrayList<>(DiagnoseReconstruction.DEFAULT_METHODS);
        if (reconstruct != null) {
            for (String m : reconstruct.split(",")) {
                if (!m.isBlank() && !methods.contains(m.strip())) {
                    methods.add(m.strip());
                }
            }
        }
        Map<String, Map<String, String>> options = MethodOptions.parse(methodOptions, spec.commandLine());
        if (vectors != null) {
            boolean listed = methods.stream().anyMatch(m -> m.equals("wechsel") || m.startsWith("wechsel="));
            if (!listed) {
                methods.add("wechsel");
            }
            options.computeIfAbsent("wechsel", k -> new LinkedHashMap<>()).putIfAbsent("source-vectors",
                    vectors.toString());
        }
        DiagnoseReconstruction.Mode mode = noReconstruct ? DiagnoseReconstruction.Mode.OFF
                : reconstruct != null ? DiagnoseReconstruction.Mode.ON : DiagnoseReconstruction.Mode.AUTO;
        return new DiagnoseReconstruction(mode, holdout, methods, options);
    }
}
