package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.vwb.cli.CliContext;
import org.vwb.cli.ExitCodes;
import org.vwb.cli.eval.ReconstructionJson;
import org.vwb.cli.eval.ReconstructionText;
import org.vwb.cli.option.JobOptions;
import org.vwb.cli.option.MethodOptions;
import org.vwb.cli.progress.JobRunner;
import org.vwb.core.ReconstructRequest;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.eval.ReconstructionSpec;

/// `vwb eval reconstruct --model DIR --holdout N --seed S --methods a,b [--method-option m.key=value …] [--json]`.
@Command(name = "reconstruct", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Hide well-trained tokens of the model's own vocabulary, make them unreachable for (a temporary"
                + " copy of) its tokenizer, re-initialise their rows with each method from what remains, and rank"
                + " the methods by how well they rebuild the true rows: MRR, P@1 and P@10 of the true row among the"
                + " held-out rows, mean cosine, coverage (share placed by the method, not the fallback mean) and CPU"
                + " time. The baselines random, mean and multivariate are always included.",
            "Nothing is written; the result depends only on the model, the options and --seed."})
final class EvalReconstructCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "The model folder.")
    private Path model;

    @Option(names = "--holdout", defaultValue = "1000", paramLabel = "N",
            description = "How many tokens to hold out (default ${DEFAULT-VALUE}).")
    private int holdout;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seeds the choice of tokens and every method (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--methods", split = ",", paramLabel = "NAME|LABEL=NAME",
            description = "Methods to compare, comma-separated (e.g. fvt,wechsel,blend); LABEL=NAME runs variants of"
                    + " one method side by side (b3=blend,b7=blend). The baselines are always added.")
    private List<String> methods = new ArrayList<>();

    @Option(names = "--method-option", paramLabel = "LABEL.KEY=VALUE",
            description = "An option of one method (by its label), e.g. wechsel.source-vectors=glove.vec (repeatable).")
    private List<String> methodOptions = new ArrayList<>();

    @Option(names = "--whole-words",
            description = "Hold out only word-initial pieces made of letters (no ## continuation, or with ▁/Ġ).")
    private boolean wholeWords;

    @Option(names = "--max-mean-cosine", defaultValue = "" + ReconstructionSpec.DEFAULT_MAX_MEAN_COSINE,
            paramLabel = "X", description = "Only tokens whose row has a cosine to the mean row below X: rows near"
            + " the mean are the barely trained ones (default ${DEFAULT-VALUE}).")
    private double maxMeanCosine;

    @Option(names = "--corpus", arity = "1..*", paramLabel = "FILE",
            description = "UTF-8 text for --min-frequency (each line encoded by the model's tokenizer).")
    private List<Path> corpus = new ArrayList<>();

    @Option(names = "--min-frequency", defaultValue = "0", paramLabel = "F",
            description = "Only tokens the tokenizer emits at least F times on --corpus (default ${DEFAULT-VALUE}: off).")
    private int minFrequency;

    @Option(names = "--json", description = "Print one JSON object (format " + ReconstructionJson.FORMAT + ").")
    private boolean json;

    @Mixin
    private JobOptions jobOptions;

    EvalReconstructCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        ReconstructRequest request = new ReconstructRequest(model, holdout, seed, methods,
                MethodOptions.parse(methodOptions, spec.commandLine()), maxMeanCosine,
                wholeWords, minFrequency, corpus);
        JobRunner runner = new JobRunner(context, spec.commandLine().getErr());
        ReconstructionReport report = runner.run(context.workbench().reconstruct(request), jobOptions.progress());
        PrintWriter o = spec.commandLine().getOut();
        o.print(json ? ReconstructionJson.write(report) + System.lineSeparator() : ReconstructionText.format(report));
        o.flush();
        return ExitCodes.OK;
    }
}
