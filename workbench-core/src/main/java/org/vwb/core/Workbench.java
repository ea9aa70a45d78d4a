package org.vwb.core;

import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.vwb.common.AtomicFiles;
import org.vwb.common.Job;
import org.vwb.common.JobContext;
import org.vwb.model.ModelFolder;
import org.vwb.model.ModelSummary;
import org.vwb.samples.SampleInfo;
import org.vwb.samples.Samples;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.merge.MergeReport;
import org.vwb.vocab.merge.MergeRequest;
import org.vwb.vocab.merge.TokenizerMerge;

/// The entry point both front ends drive: each method takes a request and returns a [Job] that does
/// nothing until the caller runs it with a progress sink and a cancellation flag.
///
/// Stateless and safe to share between threads; create one in `Main` and hand it down.
public final class Workbench {

    /// Stage names reported by [#inspect], in order.
    public static final List<String> INSPECT_STAGES = List.of("reading config and safetensors headers",
            "reading tokenizer", "checking vocabulary");

    /// The samples `demo` writes: one synthetic causal LM (untied head, bf16) and the real MiniLM encoder.
    public static final List<String> DEMO_SAMPLES = List.of("tiny-llama-untied-bf16", "minilm-l6");

    /// The marker file that identifies a folder written by [#demo], so a rerun may replace it.
    static final String DEMO_MARKER = ".vwb-demo";

    /// Creates the facade.
    public Workbench() {
    }

    /// A job that summarises the model folder `modelDir` from its config, safetensors headers and
    /// tokenizer files. It never reads tensor data, so it is fast on a 7B-sized folder.
    ///
    /// The job throws [org.vwb.model.ModelFolderException], `SafetensorsFormatException` or
    /// `TokenizerFormatException` (all `IOException`s) for a bad folder; it writes nothing.
    public Job<ModelSummary> inspect(Path modelDir) {
        Objects.requireNonNull(modelDir, "modelDir");
        return ctx -> summarize(modelDir, ctx);
    }

    private static ModelSummary summarize(Path modelDir, JobContext ctx) throws java.io.IOException {
        ctx.cancellation().check();
        ctx.progress().begin(INSPECT_STAGES.get(0), -1);
        ModelFolder model = ModelFolder.open(modelDir);
        ctx.cancellation().check();
        ctx.progress().begin(INSPECT_STAGES.get(1), -1);
        Optional<Vocabulary> vocabulary = model.readVocabulary();
        ctx.cancellation().check();
        ctx.progress().begin(INSPECT_STAGES.get(2), -1);
        return ModelSummary.of(model, vocabulary);
    }

    /// A job that writes the [#DEMO_SAMPLES] into `dir` (one sub-folder each) and summarises each one,
    /// as `inspect` does. The folder is written atomically; a folder written by an earlier demo run is
    /// replaced, any other existing non-empty folder is refused.
    public Job<List<ModelSummary>> demo(Path dir) {
        Path target = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
        return ctx -> {
            ctx.cancellation().check();
            refuseForeignFolder(target);
            AtomicFiles.writeDirectory(target, true, tmp -> {
                Files.writeString(tmp.resolve(DEMO_MARKER), "written by vwb demo; a rerun replaces this folder\n");
                for (String name : DEMO_SAMPLES) {
                    ctx.cancellation().check();
                    ctx.progress().begin("writing sample " + name, -1);
                    Samples.write(name, tmp.resolve(name));
                }
            });
            List<ModelSummary> summaries = new java.util.ArrayList<>();
            for (String name : DEMO_SAMPLES) {
                summaries.add(summarize(target.resolve(name), ctx));
            }
            return List.copyOf(summaries);
        };
    }

    private static void refuseForeignFolder(Path target) throws java.io.IOException {
        if (!Files.isDirectory(target) || Files.exists(target.resolve(DEMO_MARKER))) {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a folder");
            }
            return;
        }
        try (var entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "folder exists and was not written by 'vwb demo'; choose another folder");
            }
        }
    }

    /// The sample model folders that [#writeSample] can create, in a stable order.
    public List<SampleEntry> samples() {
        return Samples.list().stream().map(Workbench::entry).toList();
    }

    private static SampleEntry entry(SampleInfo info) {
        return new SampleEntry(info.name(), info.description(), info.synthetic());
    }

    /// A job that writes the sample `request.name()` to `request.dir()` atomically and returns the
    /// folder's absolute path. Cancelled before it starts writing, it leaves nothing behind.
    ///
    /// @throws IllegalArgumentException for an unknown sample name (message lists the known ones)
    public Job<Path> writeSample(SampleRequest request) {
        Objects.requireNonNull(request, "request");
        List<String> known = samples().stream().map(SampleEntry::name).toList();
        if (!known.contains(request.name())) {
            throw new IllegalArgumentException("unknown sample '" + request.name() + "'; known samples: "
                    + String.join(", ", known));
        }
        Path dir = request.dir().toAbsolutePath().normalize();
        return ctx -> {
            ctx.cancellation().check();
            if (Files.exists(dir)) {
                throw new FileAlreadyExistsException(dir.toString(), null,
                        "output folder exists; choose a new folder");
            }
            ctx.progress().begin("writing sample " + request.name(), -1);
            ctx.progress().note(dir.toString());
            Samples.write(request.name(), dir);
            return dir;
        };
    }

    // ---- Tokenizer editing (issue 3: lossless documents, merge with a reachability proof) ----

    /// A job that appends the candidates of `request.add()` (a candidate table or another tokenizer) to
    /// the BPE tokenizer in `request.base()` and writes a tokenizer folder `request.out()` (atomically;
    /// the base is never modified) with the id mapping, `merge-report.json` and a provenance sidecar.
    /// Every new piece is checked with the native engines; unreachable ones are dropped with a note on
    /// the progress sink. Model weights and `config.json` are not copied.
    ///
    /// The job throws `TokenizerFormatException` for a bad base, table or import source, and
    /// `FileAlreadyExistsException` when the output folder exists.
    public Job<MergeReport> mergeTokenizer(MergeRequest request) {
        Objects.requireNonNull(request, "request");
        return ctx -> TokenizerMerge.run(request, ctx);
    }

    // ---- Tokenizer subword mining and fertility (issue 3) -------------------------------------------

    /// A job that mines `request.options().additions()` new pieces for the base tokenizer from the
    /// corpus and writes the candidates CSV to `request.out()` atomically (replacing an existing file).
    /// Cancelled, it writes nothing.
    ///
    /// The job throws `TokenizerFormatException` for a bad base tokenizer, `CorpusFormatException` for a
    /// corpus file that is not UTF-8 or a corpus without text, `NoSuchFileException` for a missing file.
    public Job<org.vwb.vocab.mine.MiningResult> mineSubwords(MineRequest request) {
        Objects.requireNonNull(request, "request");
        return ctx -> {
            org.vwb.vocab.mine.MiningResult result = org.vwb.vocab.mine.SubwordMiner.mine(request.base(),
                    request.corpus(), request.options(), ctx);
            ctx.cancellation().check();
            ctx.progress().begin("writing " + request.out().getFileName(), -1);
            org.vwb.vocab.mine.CandidateCsv.write(request.out(), result);
            return result;
        };
    }

    /// A job that measures the fertility of `request.tokenizer()` (and `request.compare()`, if given)
    /// on the corpus. It writes nothing.
    public Job<org.vwb.vocab.fertility.FertilityReport> fertility(FertilityRequest request) {
        Objects.requireNonNull(request, "request");
        return ctx -> org.vwb.vocab.fertility.FertilityAnalyzer.analyze(request.tokenizer(), request.compare(),
                request.corpus(), request.threads(), request.top(), ctx);
    }

    // ---------------------------------------------------------------------------------------------
    // Static word vectors (issue 4): training and cross-lingual alignment, implemented in VectorJobs.
    // ---------------------------------------------------------------------------------------------

    /// A job that trains static vectors on `request.corpus()` with word2vec's skip-gram or CBOW and
    /// negative sampling, then writes them as a `.vec` file atomically. Cancelled, it writes nothing.
    ///
    /// @throws IllegalArgumentException (from the job) when no token reaches the minimal count
    public Job<TrainVectorsSummary> trainVectors(TrainVectorsRequest request) {
        return VectorJobs.train(Objects.requireNonNull(request, "request"));
    }

    /// A job that aligns the source vectors to the target vectors with orthogonal Procrustes on a
    /// seeded training part of the dictionary, reports P@1/P@5 (NN and CSLS) on the held-out part before
    /// and after iterative refinement, and writes the mapped source vectors as `.vec` atomically.
    ///
    /// The job throws `VectorFormatException` (an `IOException`, classified by [BadInput]) for a bad
    /// vector file or dictionary, naming the file and line.
    public Job<AlignVectorsSummary> alignVectors(AlignVectorsRequest request) {
        return VectorJobs.align(Objects.requireNonNull(request, "request"));
    }

    // ---------------------------------------------------------------------------------------------
    // Diagnostics of new embedding rows (issue 6): geometry, convex hull with certificates, reports.
    // ---------------------------------------------------------------------------------------------

    /// A job that checks that `request.model()` extends `request.base()` (same width and dtype, same head
    /// kind, more rows, old rows of the embedding and head byte-identical), measures the new rows against
    /// the old ones (norms, cosine to the mean, nearest old tokens, convex-hull verdicts with certificates,
    /// the "can it dominate" view for head rows, a 2-D projection, per-strategy summaries, using
    /// `vwb-init-rows.csv` when the patched folder has one) and writes `request.out()` atomically:
    /// `report.json`, `tokens.csv`, `strategies.csv`, `plots/*.png` and a self-contained `report.html`.
    /// When [DiagnoseRequest#reconstruction()] applies (by default: an encoder base such as MiniLM) it also
    /// runs the reconstruction benchmark on the base and adds its scores (`reconstruction.csv`, a plot, the
    /// report sections; [DiagnoseResult#reconstruction()]).
    ///
    /// The job throws `InitInputException` for an unknown benchmark method, a bad option or a missing file it
    /// names (before any work), [ModelExtensionException] when the pair is not base and extension (message
    /// names the tensor, the first differing row and what was expected), the model-folder and safetensors
    /// exceptions for bad folders, `ReconstructionException` when the benchmark was asked for and cannot run,
    /// and `FileAlreadyExistsException` when `out` exists and overwriting was not asked for.
    public Job<DiagnoseResult> diagnose(DiagnoseRequest request) {
        return DiagnoseJob.of(Objects.requireNonNull(request, "request"));
    }

    // ---------------------------------------------------------------------------------------------
    // Vocabulary listing (issue 8: the GUI's Vocabulary table).
    // ---------------------------------------------------------------------------------------------

    /// A job that lists the base vocabulary of the model folder `modelDir`, ordered by id, with each
    /// piece's decoded text and whether it contains a Han ideograph. Empty when the folder has no
    /// readable tokenizer. It reads the tokenizer file only and writes nothing.
    ///
    /// The job throws `TokenizerFormatException` for a bad tokenizer file.
    public Job<List<VocabEntry>> vocabulary(Path modelDir) {
        Objects.requireNonNull(modelDir, "modelDir");
        return ctx -> {
            ctx.cancellation().check();
            ctx.progress().begin("reading vocabulary", -1);
            Optional<Vocabulary> vocabulary = ModelFolder.open(modelDir).readVocabulary();
            if (vocabulary.isEmpty()) {
                return List.of();
            }
            Vocabulary v = vocabulary.get();
            List<VocabEntry> out = new java.util.ArrayList<>(v.tokens().size());
            for (org.vwb.vocab.Token t : v.tokens()) {
                String text = v.decodedText(t);
                out.add(new VocabEntry(t.id(), t.piece(), text, t.kind(),
                        text.codePoints().anyMatch(org.vwb.model.CjkCoverage::isHan)));
            }
            return List.copyOf(out);
        };
    }

    // ---- embedding initialization (issue 5) ----

    /// A job that initialises the rows of the new tokens of `request.tokenizer()` with the requested
    /// strategy and writes the patched checkpoint to `request.out()` (verified, then moved into place;
    /// the base is never modified), with `vwb-init-rows.csv` (how each row was made) and `vwb-init.json`.
    ///
    /// The job throws `InitInputException` for inputs the strategy cannot work from (unknown method, bad
    /// option, a tokenizer that does not extend the base, NaN in the base), `PatchException` for an
    /// output it may not write, and the model-folder exceptions for a bad base.
    public Job<InitSummary> init(InitRequest request) {
        Objects.requireNonNull(request, "request");
        return ctx -> org.vwb.core.internal.InitJob.run(request, ctx);
    }

    /// The initialization strategies with their options and defaults, for help texts and the GUI.
    public List<org.vwb.embedinit.StrategyFactory> initMethods() {
        return org.vwb.embedinit.Strategies.all();
    }

    // ---- the whole expansion (issue 7) ----

    /// A job that runs `recipe` end to end: mine or import pieces, merge them into the base tokenizer,
    /// initialise the new rows, write the patched model and verify it. The output appears only complete
    /// and verified; an existing output folder is refused unless `overwrite`.
    public Job<ExpandSummary> expand(Recipe recipe, boolean overwrite) {
        Objects.requireNonNull(recipe, "recipe");
        return ctx -> org.vwb.core.internal.ExpandJob.run(this, recipe, overwrite, ctx);
    }

    /// What [#expand] would do for `recipe`: stages, output, estimated disk space. Reads headers only.
    public ExpandPlan planExpand(Recipe recipe) throws java.io.IOException {
        return org.vwb.core.internal.ExpandPlanner.plan(recipe);
    }

    /// A job that runs every row of the manifest as an expansion, at most `request.jobs()` at a time and
    /// within the heap, keeping on when a row fails; it writes the summary CSV after each row and, run
    /// again, skips the rows an earlier run finished.
    public Job<List<BatchRowResult>> batch(BatchRequest request) {
        Objects.requireNonNull(request, "request");
        return ctx -> org.vwb.core.internal.BatchJob.run(this, request, ctx);
    }

    // ---------------------------------------------------------------------------------------------
    // Candidates screen and tokenization preview (issue 8), implemented in CandidateJobs.
    // ---------------------------------------------------------------------------------------------

    /// A job that mines candidates as [#mineSubwords] does (writing the CSV to `request.out()`) and
    /// returns them as a table, each row with its decomposition by the base tokenizer.
    public Job<CandidateTable> mineCandidates(MineRequest request) {
        return CandidateJobs.mine(Objects.requireNonNull(request, "request"));
    }

    /// A job that reads a candidates CSV (as `vwb tokenizer mine` writes it) as a table, each row with
    /// its decomposition by the base tokenizer. It writes nothing.
    ///
    /// The job throws an `IOException` naming the file and line for a file that is not such a CSV, and
    /// `TokenizerFormatException` for a bad base tokenizer.
    public Job<CandidateTable> readCandidates(CandidateTableRequest request) {
        return CandidateJobs.read(Objects.requireNonNull(request, "request"));
    }

    /// A job that lists the pieces of another tokenizer (`request.tokenizer()`) that the base lacks as a
    /// table: the pieces `vwb tokenizer merge --add` would import, compared with the base by the text they
    /// stand for (so `▁`, `Ġ` and added-token spellings of one text are one piece), filtered by script,
    /// each with how often the other tokenizer emits it on `request.corpus()`, the tokens it would save
    /// there and its decomposition by the base tokenizer. The table's source is the tokenizer file read.
    /// It writes nothing.
    ///
    /// The job throws `TokenizerFormatException` (naming the file) for a bad base or other tokenizer,
    /// `NoSuchFileException` for a missing one, `CorpusFormatException` for a bad corpus file.
    public Job<CandidateTable> importCandidates(ImportCandidatesRequest request) {
        return CandidateJobs.importTable(Objects.requireNonNull(request, "request"));
    }

    /// A job that merges the selected rows into the base tokenizer as [#mergeTokenizer] does (output
    /// folder `request.out()`, written atomically; `request.corpus()` is the check corpus).
    public Job<MergeReport> mergeSelection(SelectionRequest request) {
        return CandidateJobs.merge(Objects.requireNonNull(request, "request"));
    }

    /// A job that merges the selected rows into `request.out()` (a scratch folder the caller owns and
    /// deletes) without checking a corpus, then measures the base and the merged tokenizer on
    /// `request.corpus()` with the fertility report: the "tokens per character before → after" of a
    /// selection, from a tokenizer that really exists.
    public Job<SelectionFertility> measureSelection(SelectionRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.corpus().isEmpty()) {
            throw new IllegalArgumentException("at least one corpus file is needed to measure a selection");
        }
        return CandidateJobs.measure(request);
    }

    /// A job that encodes `request.text()` with the real engine of `request.tokenizer()` (no special
    /// tokens) and returns it token by token. It writes nothing.
    public Job<Tokenization> tokenize(TokenizeRequest request) {
        return CandidateJobs.tokenize(Objects.requireNonNull(request, "request"));
    }

    // ---------------------------------------------------------------------------------------------
    // Reconstruction benchmark (issue 5): which initialization method rebuilds this model's own rows?
    // Implemented in ReconstructJobs and org.vwb.embedinit.eval.
    // ---------------------------------------------------------------------------------------------

    /// A job that hides `request.holdout()` well-trained tokens of the model's own vocabulary, makes them
    /// unreachable for a temporary copy of its tokenizer, re-initialises them with every requested method
    /// and the baselines (random, mean, multivariate) from the remaining rows, and scores each against the
    /// true rows: mean cosine, P@1, P@10, MRR among the held-out rows, coverage and CPU time. It writes
    /// nothing (the temporary tokenizer copy is deleted).
    ///
    /// The job throws `InitInputException` for an unknown method or a bad option before it reads anything
    /// (the registry's message), `ReconstructionException` when fewer tokens are eligible than asked (with
    /// the counts), `ModelFolderException`/`TokenizerFormatException` for a bad folder, and what a method
    /// throws (`InitInputException`, e.g. a missing vector file).
    public Job<org.vwb.embedinit.eval.ReconstructionReport> reconstruct(ReconstructRequest request) {
        return ReconstructJobs.reconstruct(Objects.requireNonNull(request, "request"));
    }

    // ---------------------------------------------------------------------------------------------
    // Initialize and Export screens (issue 8): option checks, the init preview, the selection as a CSV.
    // ---------------------------------------------------------------------------------------------

    /// Whether `options` are valid for the strategy `method`, checked by building it as `vwb init` does:
    /// empty when they are, else the strategy's message (unknown method, unknown key, bad value).
    public Optional<String> checkInitOptions(String method, java.util.Map<String, String> options) {
        try {
            org.vwb.embedinit.Strategies.create(method, options);
            return Optional.empty();
        } catch (org.vwb.embedinit.InitInputException | IllegalArgumentException e) {
            // Some strategies check ranges in their constructor (blend's weight) with IllegalArgumentException.
            return Optional.of(e.getMessage());
        }
    }

    /// A job that computes the rows `vwb init` would make for the (first `request.limit()`) new tokens of
    /// `request.tokenizer()` and reports them per token, without writing anything.
    ///
    /// The job throws `InitInputException` as [#init] does.
    public Job<InitPreview> previewInit(InitPreviewRequest request) {
        Objects.requireNonNull(request, "request");
        return ctx -> org.vwb.core.internal.InitPreviewJob.run(request, ctx);
    }

    /// Writes `rows` as a candidates CSV (the columns `vwb tokenizer mine` writes) to `csv`, replacing it
    /// atomically: the piece list of a recipe with `pieces.source = candidates`.
    public void writeCandidates(List<CandidateEntry> rows, Path csv) throws java.io.IOException {
        Objects.requireNonNull(rows, "rows");
        AtomicFiles.writeFile(csv, tmp -> CandidateJobs.writeCsv(tmp, rows));
    }
}
