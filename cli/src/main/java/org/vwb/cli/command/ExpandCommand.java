package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.vwb.cli.CliContext;
import org.vwb.cli.ExitCodes;
import org.vwb.cli.option.JobOptions;
import org.vwb.cli.progress.JobRunner;
import org.vwb.core.ExpandPlan;
import org.vwb.core.ExpandSummary;
import org.vwb.core.Recipe;
import org.vwb.core.RecipeFiles;
import org.vwb.vocab.mine.Script;

/// `vwb expand --recipe R.json` or `vwb expand --base DIR --corpus F… --pieces N --method M --out DIR`.
@Command(name = "expand", mixinStandardHelpOptions = true,
        description = {"The whole expansion in one step: mine (or import) pieces, merge them into the base tokenizer,"
                + " initialise their rows, write the patched model and verify it. The output appears only complete"
                + " and verified; the base is never modified.",
            "Give a recipe (docs/recipe.schema.json) or the same with flags; --save-recipe writes the flags as a recipe."})
final class ExpandCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--recipe", paramLabel = "FILE", description = "A recipe file (format vwb.recipe/1).")
    private Path recipeFile;

    @Option(names = "--base", paramLabel = "DIR", description = "The base model folder.")
    private Path base;

    @Option(names = "--corpus", paramLabel = "FILE", arity = "1..*", description = "Corpus files to mine from.")
    private List<Path> corpus = new ArrayList<>();

    @Option(names = "--import", paramLabel = "FILE", description = "Take pieces from this tokenizer or candidates CSV instead of mining.")
    private Path from;

    @Option(names = "--pieces", paramLabel = "N", defaultValue = "1000", description = "Pieces to add (default: ${DEFAULT-VALUE}).")
    private int pieces;

    @Option(names = "--script", paramLabel = "S", defaultValue = "cjk",
            description = "Which pieces qualify: cjk, cjk-word-start, cjk-punctuation, any (default: ${DEFAULT-VALUE}).")
    private String script;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "fvt", description = "Init strategy (default: ${DEFAULT-VALUE}).")
    private String method;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "An option of the method (repeatable).")
    private Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--pad-to-multiple-of", paramLabel = "N", defaultValue = "1", description = "Pad the row count.")
    private int pad;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "The output model folder.")
    private Path out;

    @Option(names = "--overwrite", description = "Replace an existing output folder (atomically, after the verify).")
    private boolean overwrite;

    @Option(names = "--dry-run", description = "Print the plan and the disk space needed; write nothing.")
    private boolean dryRun;

    @Option(names = "--save-recipe", paramLabel = "FILE", description = "Write the run as a recipe file too.")
    private Path saveRecipe;

    @Mixin
    private JobOptions jobOptions;

    ExpandCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Recipe recipe = recipeFile != null ? RecipeFiles.read(recipeFile) : fromFlags();
        if (saveRecipe != null) {
            RecipeFiles.write(recipe, saveRecipe);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (dryRun) {
            printPlan(w, context.workbench().planExpand(recipe));
            return ExitCodes.OK;
        }
        ExpandSummary s = new JobRunner(context, spec.commandLine().getErr())
                .run(context.workbench().expand(recipe, overwrite), jobOptions.progress());
        w.printf("expanded %s -> %s: %d -> %d ids (%d pieces added, %d unreachable dropped)%n", recipe.base(),
                s.output(), s.oldSize(), s.newSize(), s.added(), s.unreachable());
        if (!Double.isNaN(s.before())) {
            w.printf(Locale.ROOT, "  tokens per character on the corpus: %.3f -> %.3f%n", s.before(), s.after());
        }
        w.printf("  rows by method: %s; by origin: %s%n", s.init().byMethod(), s.init().byOrigin());
        if (!s.hull().isEmpty()) {
            w.printf("  convex hull: %s%n", s.hull());
        }
        w.printf("  stages (ms): %s%n", s.stageMillis());
        w.flush();
        return ExitCodes.OK;
    }

    private Recipe fromFlags() {
        if (base == null || out == null) {
            throw new ParameterException(spec.commandLine(), "give --recipe FILE, or --base DIR and --out DIR");
        }
        if (from == null && corpus.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give --corpus FILE… to mine from, or --import FILE");
        }
        Script s;
        try {
            s = Script.valueOf(script.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--script: expected cjk, cjk-word-start, cjk-punctuation"
                    + " or any, found '" + script + "'");
        }
        Recipe.Source source = from == null ? Recipe.Source.MINE
                : from.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? Recipe.Source.CANDIDATES : Recipe.Source.IMPORT;
        return new Recipe(base, new Recipe.Pieces(source, corpus, pieces, 2, 16, s, from),
                new Recipe.Method(method, options), null, "mean", true, pad, new Recipe.Diagnostics(true, 2000, 10),
                out, seed);
    }

    private static void printPlan(PrintWriter w, ExpandPlan p) {
        w.printf("plan: %s%n", String.join(" -> ", p.stages()));
        w.printf("  output %s%s (%s)%n", p.output(), p.outputExists() ? " (exists: needs --overwrite)" : "",
                p.tied() ? "tied" : "untied head");
        w.printf(Locale.ROOT, "  base tensors %.1f MiB; %d new rows add %.1f MiB (the merge may add characters and"
                + " intermediate pieces on top)%n", p.baseBytes() / 1048576.0, p.newRows(), p.newRowBytes() / 1048576.0);
        w.printf(Locale.ROOT, "  disk: needs about %.1f MiB, %.1f MiB usable: %s%n", p.neededBytes() / 1048576.0,
                p.usableBytes() / 1048576.0, p.enoughSpace() ? "enough" : "NOT ENOUGH");
        w.flush();
    }
}
