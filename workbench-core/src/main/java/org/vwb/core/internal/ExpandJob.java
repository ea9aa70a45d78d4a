package org.vwb.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vwb.common.AtomicFiles;
import org.vwb.common.JobContext;
import org.vwb.common.SideTask;
import org.vwb.common.ThreadPriority;
import org.vwb.core.DiagnoseRequest;
import org.vwb.core.DiagnoseResult;
import org.vwb.core.ExpandSummary;
import org.vwb.core.FertilityRequest;
import org.vwb.core.InitRequest;
import org.vwb.core.InitSummary;
import org.vwb.core.MineRequest;
import org.vwb.core.Recipe;
import org.vwb.core.Workbench;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.model.patch.BaseCopy;
import org.vwb.model.patch.CheckpointPatcher;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.fertility.FertilityAnalyzer;
import org.vwb.vocab.fertility.FertilityReport;
import org.vwb.vocab.fertility.FertilityStats;
import org.vwb.vocab.merge.EngineCheck;
import org.vwb.vocab.merge.MergeReport;
import org.vwb.vocab.merge.MergeRequest;
import org.vwb.vocab.mine.MiningOptions;
import org.vwb.vocab.mine.MiningResult;
import org.vwb.vocab.mine.MiningStats;

/// `vwb expand`: mine → merge → init → write → verify (diagnostics ride along with init), each stage
/// reported on the progress sink. Intermediate files (candidates, the expanded tokenizer) live in a
/// work folder beside the output that is removed at the end and cleaned up by the next run after a kill.
public final class ExpandJob {

    /// The report folder inside the output.
    public static final String DIAGNOSTICS = "diagnostics";

    /// The mined candidates' file in the work folder.
    private static final String CANDIDATES = "candidates.csv";

    /// Stage names, in order.
    public static final List<String> STAGES = List.of("mine", "merge", "init", "write + verify", "diagnose");

    private ExpandJob() {
    }

    /// Runs `recipe`.
    public static ExpandSummary run(Workbench workbench, Recipe recipe, boolean overwrite, JobContext ctx)
            throws IOException {
        Path out = recipe.output().toAbsolutePath().normalize();
        Path parent = Files.createDirectories(out.getParent());
        String workName = "." + out.getFileName() + ".vwb-work";
        AtomicFiles.deleteRecursively(parent.resolve(workName));
        Path work = Files.createDirectory(parent.resolve(workName));
        Map<String, Long> times = new LinkedHashMap<>();
        // The base's unchanged tensors (on a 7B model, 13 GB) are copied on a side thread while mining,
        // merging and init use the CPU; the write then appends the grown tensors (docs/BENCHMARKS.md).
        try (BaseCopy copy = new CheckpointPatcher().startBaseCopy(recipe.base(), out, overwrite)) {
            // Mining, merging and init run at a lower priority than the copy (see BesideCopy).
            Computed c = BesideCopy.call("vwb-expand", () -> compute(workbench, recipe, work, overwrite, times, ctx));
            boolean measured = false;
            try {
                InitSummary initSummary = InitJob.write(c.rows(), ctx, copy);
                times.put("write + verify", initSummary.writeMillis());
                times.put("copy of the unchanged tensors (beside mine → init)", copy.time().toMillis());
                long t = System.nanoTime();
                String hull = diagnose(workbench, recipe, out, ctx);
                times.put("diagnose", ms(t));
                double[] fert = c.measuring().await(ctx);
                measured = true;
                times.put("tokens per character (beside init → write + verify)", c.measuring().millis());
                return new ExpandSummary(out, c.merge().oldSize(), initSummary.baseRows() + initSummary.newTokens()
                        + initSummary.paddingRows(), c.merge().added(), c.merge().droppedUnreachable().size(),
                        fert[0], fert[1], initSummary, hull, times);
            } finally {
                if (!measured) {
                    c.measuring().stop(); // a stage failed or was cancelled: the work folder is deleted next
                }
            }
        } finally {
            AtomicFiles.deleteRecursively(work);
        }
    }

    /// What the CPU stages leave for the write: the merge's report, the new rows, and the measurement of
    /// tokens per character still running beside the write.
    private record Computed(MergeReport merge, InitJob.Computed rows, SideTask<double[]> measuring) {
    }

    /// Mine → merge → init, recording their times; starts the measurement of tokens per character once
    /// the merged tokenizer exists.
    private static Computed compute(Workbench workbench, Recipe recipe, Path work, boolean overwrite,
                                    Map<String, Long> times, JobContext ctx) throws IOException {
        Path out = recipe.output().toAbsolutePath().normalize();
        long t = System.nanoTime();
        MiningResult mined = mine(workbench, recipe, work, ctx);
        Path candidates = mined == null ? recipe.pieces().from() : work.resolve(CANDIDATES);
        if (recipe.pieces().source() == Recipe.Source.MINE) {
            times.put("mine", ms(t));
        }
        t = System.nanoTime();
        ctx.progress().begin("merge", -1);
        Path tokenizer = work.resolve("tokenizer");
        MergeReport merge = workbench.mergeTokenizer(new MergeRequest(recipe.base(), candidates,
                recipe.pieces().count(), tokenizer, recipe.pieces().corpus())).run(ctx);
        times.put("merge", ms(t));
        // Measuring tokens per character needs only the merged tokenizer and the CPU: it runs beside
        // init (which partly waits for the disk the base copy is reading) and the write + verify,
        // instead of after them, on one core fewer than there are, since the copy and the digests need
        // a core too (measured: with every core encoding, the first 25 s of a 13 GB write ran at a
        // quarter of its speed on a shared 2-core machine).
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        // Lower still than init: init is on the way to the write, the measurement is only awaited at the
        // end, and uses the CPU the write and verify leave.
        SideTask<double[]> measuring = SideTask.start("vwb-tokens-per-character", side -> {
            ThreadPriority.lowerCurrentThread(BesideCopy.NICE);
            return fertility(workbench, recipe, mined, merge, tokenizer, threads, side);
        });
        boolean started = false;
        try {
            InitJob.Computed rows = InitJob.compute(initRequest(recipe, tokenizer, out, overwrite), ctx);
            times.put("init", rows.initMillis());
            started = true;
            return new Computed(merge, rows, measuring);
        } finally {
            if (!started) {
                measuring.stop();
            }
        }
    }

    private static InitRequest initRequest(Recipe recipe, Path tokenizer, Path out, boolean overwrite) {
        return new InitRequest(recipe.base(), tokenizer, recipe.init().method(), recipe.init().options(),
                recipe.head() == null ? null : recipe.head().method(),
                recipe.head() == null ? Map.of() : recipe.head().options(), recipe.fallback(), recipe.copyOverlap(),
                recipe.padToMultipleOf(), recipe.seed(), out, overwrite);
    }

    /// Mines the candidates into the work folder's [#CANDIDATES]; null when the recipe takes its pieces
    /// from elsewhere.
    private static MiningResult mine(Workbench workbench, Recipe recipe, Path work, JobContext ctx)
            throws IOException {
        Recipe.Pieces p = recipe.pieces();
        if (p.source() != Recipe.Source.MINE) {
            return null;
        }
        ctx.progress().begin("mine", -1);
        MiningOptions options = new MiningOptions(p.count(), p.minFrequency(), p.maxChars(), p.script(), false,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        return workbench.mineSubwords(new MineRequest(recipe.base(), p.corpus(), options, work.resolve(CANDIDATES)))
                .run(ctx);
    }

    /// The diagnostics report of the verified output, written atomically into `out/diagnostics/` (after
    /// the verify, so the checkpoint's own files are never touched again); returns the hull summary.
    private static String diagnose(Workbench workbench, Recipe recipe, Path out, JobContext ctx) throws IOException {
        if (!recipe.diagnostics().hull()) {
            return "";
        }
        ctx.progress().begin("diagnose", -1);
        DiagnoseResult r = workbench.diagnose(new DiagnoseRequest(out, recipe.base(), out.resolve(DIAGNOSTICS),
                Math.max(2, recipe.diagnostics().sample()), recipe.seed(), Math.max(1, recipe.diagnostics().neighbours()),
                DiagnoseRequest.DEFAULT_DIRECTIONS, true)).run(ctx);
        StringBuilder b = new StringBuilder();
        for (MatrixReport m : r.report().matrices()) {
            if (!b.isEmpty()) {
                b.append("; ");
            }
            b.append(m.role().label()).append(": inside ").append(m.hull().count(HullVerdict.INSIDE))
                    .append(", outside ").append(m.hull().count(HullVerdict.OUTSIDE))
                    .append(", undecided ").append(m.hull().count(HullVerdict.UNDECIDED));
        }
        return b.toString();
    }

    /// Tokens per character on the recipe's corpus before and after. Mining has encoded the same corpus
    /// with the base tokenizer, line by line as the fertility report does (the same lines, code points and
    /// tokens: both count through `CorpusBatches`), so when it ran with the same kind of tokenizer file
    /// its counts give "before"; and the merge's check has encoded the corpus's first lines with the
    /// merged file the report would open, so only the lines after those are encoded for "after": on a
    /// 2-core machine this runs beside the base copy, and each encoding spared is CPU the copy gets.
    private static double[] fertility(Workbench workbench, Recipe recipe, MiningResult mined, MergeReport merge,
                                      Path tokenizer, int threads, JobContext ctx) throws IOException {
        if (recipe.pieces().corpus().isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        ctx.progress().begin("measuring tokens per character", -1);
        if (mined != null) {
            try (TokenizerEncoder merged = TokenizerEncoder.open(tokenizer)) {
                if (merged.source().getFileName().equals(mined.base().getFileName())) {
                    MiningStats before = mined.stats();
                    double ratio = before.characters() == 0 ? Double.NaN : before.baseTokens() / (double) before.characters();
                    return new double[] {ratio, after(merged, merge, recipe.pieces().corpus(), threads, ctx)};
                }
            }
        }
        FertilityReport f = workbench.fertility(new FertilityRequest(recipe.base(), Optional.of(tokenizer),
                recipe.pieces().corpus(), threads, 0)).run(ctx);
        return new double[] {f.base().tokensPerCharacter(),
            f.compare().map(s -> s.tokensPerCharacter()).orElse(Double.NaN)};
    }

    /// Tokens per character of the merged tokenizer: the merge's check counts for the corpus lines it
    /// encoded with the same file, plus the remaining lines encoded here.
    private static double after(TokenizerEncoder merged, MergeReport merge, List<Path> corpus, int threads,
                                JobContext ctx) throws IOException {
        String file = merged.source().getFileName().toString();
        Optional<EngineCheck> known = merge.checks().stream().filter(c -> c.file().equals(file)).findFirst();
        FertilityStats rest = FertilityAnalyzer.measureAfter(merged, corpus,
                known.map(EngineCheck::corpusLines).orElse(0), threads, 0, ctx);
        long characters = known.map(EngineCheck::corpusCharacters).orElse(0L) + rest.characters();
        long tokens = known.map(EngineCheck::corpusTokens).orElse(0L) + rest.tokens();
        return characters == 0 ? Double.NaN : tokens / (double) characters;
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
