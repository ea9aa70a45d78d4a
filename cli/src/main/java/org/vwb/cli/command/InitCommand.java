package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.vwb.cli.CliContext;
import org.vwb.cli.ExitCodes;
import org.vwb.cli.option.JobOptions;
import org.vwb.cli.progress.JobRunner;
import org.vwb.core.InitRequest;
import org.vwb.core.InitSummary;

/// `vwb init --model DIR --tokenizer NEWDIR --method NAME [--set k=v…] --out DIR`.
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Initialise the embedding rows of the new tokens of an expanded tokenizer and write the patched"
                + " checkpoint: resized embedding (and untied lm_head, and its bias), config.json vocab_size, the"
                + " tokenizer files, and vwb-init-rows.csv saying how each row was made.",
            "Only the shards holding the embedding or head are rewritten; every other file is copied byte for byte."
                + " The output is verified and then moved into place; the base is never modified.",
            "Methods and their options: vwb init --list-methods."})
final class InitCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", paramLabel = "DIR", description = "The base model folder.")
    private Path model;

    @Option(names = "--tokenizer", paramLabel = "DIR",
            description = "The expanded tokenizer folder (vwb tokenizer merge output).")
    private Path tokenizer;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "fvt",
            description = "The strategy (default: ${DEFAULT-VALUE}).")
    private String method;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "An option of the method (repeatable).")
    private Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--head-method", paramLabel = "NAME", description = "A different strategy for an untied lm_head.")
    private String headMethod;

    @Option(names = "--head-set", paramLabel = "KEY=VALUE", description = "An option of the head method (repeatable).")
    private Map<String, String> headOptions = new LinkedHashMap<>();

    @Option(names = "--fallback", paramLabel = "NAME", defaultValue = "mean",
            description = "The strategy for tokens the method cannot place (default: ${DEFAULT-VALUE}).")
    private String fallback;

    @Option(names = "--no-copy-overlap", description = "Do not copy the rows of tokens whose piece the base already has.")
    private boolean noCopyOverlap;

    @Option(names = "--pad-to-multiple-of", paramLabel = "N", defaultValue = "1",
            description = "Round the row count up to a multiple of N; padding rows get the fallback's row.")
    private int padToMultipleOf;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "The folder to write.")
    private Path out;

    @Option(names = "--overwrite", description = "Replace an existing output folder (atomically).")
    private boolean overwrite;

    @Option(names = "--list-methods", description = "List the methods with their options and defaults, then exit.")
    private boolean listMethods;

    @Mixin
    private JobOptions jobOptions;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        if (listMethods) {
            for (org.vwb.embedinit.StrategyFactory f : context.workbench().initMethods()) {
                w.printf("%s  %s%n", f.name(), f.description());
                for (org.vwb.embedinit.OptionSpec o : f.options()) {
                    w.printf("    %-18s %s%s%n", o.key(), o.description(), o.required() ? " (required)"
                            : o.defaultValue().isEmpty() ? "" : " (default: " + o.defaultValue() + ")");
                }
            }
            w.flush();
            return ExitCodes.OK;
        }
        for (String[] required : new String[][] {{"--model", s(model)}, {"--tokenizer", s(tokenizer)}, {"--out", s(out)}}) {
            if (required[1] == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '"
                        + required[0] + "'");
            }
        }
        InitRequest request = new InitRequest(model, tokenizer, method, options, headMethod, headOptions, fallback,
                !noCopyOverlap, padToMultipleOf, seed, out, overwrite);
        InitSummary r = new JobRunner(context, spec.commandLine().getErr())
                .run(context.workbench().init(request), jobOptions.progress());
        w.printf("wrote %s: %d base rows + %d new tokens%s (%s)%n", r.out(), r.baseRows(), r.newTokens(),
                r.paddingRows() == 0 ? "" : " + " + r.paddingRows() + " padding rows", r.tied() ? "tied" : "untied head");
        w.printf("  rows by method: %s%n", r.byMethod());
        w.printf("  rows by origin: %s%n", r.byOrigin());
        if (!r.fallbackIds().isEmpty()) {
            w.printf("  %d tokens placed by the fallback %s (ids %s%s); see vwb-init-rows.csv%n", r.fallbackIds().size(),
                    fallback, r.fallbackIds().subList(0, Math.min(10, r.fallbackIds().size())),
                    r.fallbackIds().size() > 10 ? ", …" : "");
        }
        w.printf("  init %.1f s, write + verify %.1f s%n", r.initMillis() / 1e3, r.writeMillis() / 1e3);
        w.flush();
        return ExitCodes.OK;
    }

    private static String s(Path p) {
        return p == null ? null : p.toString();
    }
}
