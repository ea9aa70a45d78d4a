package org.vwb.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vwb.common.AtomicFiles;
import org.vwb.common.Job;
import org.vwb.common.JobContext;
import org.vwb.embedinit.ProvenanceCsv;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.eval.ReconstructionSpec;
import org.vwb.embedinit.report.Diagnostics;
import org.vwb.embedinit.report.DiagnosticsInput;
import org.vwb.embedinit.report.DiagnosticsOptions;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.HeadMode;
import org.vwb.embedinit.report.InputHash;
import org.vwb.embedinit.report.NewRow;
import org.vwb.embedinit.report.ReportInfo;
import org.vwb.embedinit.report.ReportWriter;
import org.vwb.embedinit.report.WrittenReport;
import org.vwb.model.HeadKind;
import org.vwb.model.ModelFolder;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.DType;
import org.vwb.vocab.Vocabulary;

/// The job behind [Workbench#diagnose]: check the reconstruction methods, open both folders, check the
/// extension, read old and new rows, measure ([Diagnostics]), run the reconstruction benchmark on the base
/// when it applies ([DiagnoseBenchmark]), and write the report folder atomically.
final class DiagnoseJob {
    /// Stage names, in order (the measuring stages in between are named by [Diagnostics]).
    static final String OPENING = "opening models";
    static final String COMPARING = "comparing old rows with the base";
    static final String READING = "reading rows and hashing inputs";
    static final String WRITING = "writing report";

    private DiagnoseJob() {}

    static Job<DiagnoseResult> of(DiagnoseRequest r) {
        Path out = r.out().toAbsolutePath().normalize();
        return ctx -> run(r, out, ctx);
    }

    private static DiagnoseResult run(DiagnoseRequest r, Path out, JobContext ctx) throws IOException {
        ctx.cancellation().check();
        Optional<ReconstructionSpec> benchmark = DiagnoseBenchmark.plan(r); // bad method names fail before any work
        ctx.progress().begin(OPENING, -1);
        if (!r.overwrite() && Files.exists(out)) {
            throw new java.nio.file.FileAlreadyExistsException(out.toString(), null,
                    "report folder exists; choose another or pass --overwrite");
        }
        ModelFolder base = ModelFolder.open(r.base());
        ModelFolder patched = ModelFolder.open(r.model());
        ModelPair.checkShapes(base, patched);
        List<String> notes = new ArrayList<>();
        Optional<Path> benchTokenizer = Optional.empty();
        if (benchmark.isPresent() && r.reconstruction().runsFor(base.layout().family().isEncoder())) {
            benchTokenizer = DiagnoseBenchmark.tokenizer(r.reconstruction(), base, notes);
        }
        boolean untied = patched.layout().headKind() == HeadKind.UNTIED;
        String be = base.layout().embedding().name();
        String pe = patched.layout().embedding().name();
        long n = base.layout().rows();
        long m = patched.layout().rows();
        DiagnosticsInput input;
        Optional<Vocabulary> baseVocab;
        Optional<Vocabulary> patchedVocab;
        List<InputHash> hashes = new ArrayList<>();
        try (Checkpoint bc = Checkpoint.open(base.folder()); Checkpoint pc = Checkpoint.open(patched.folder())) {
            ctx.cancellation().check();
            ctx.progress().begin(COMPARING, -1);
            ModelPair.checkOldRows(bc, pc, be, pe);
            if (untied) {
                ModelPair.checkOldRows(bc, pc, base.layout().head().orElseThrow().name(),
                        patched.layout().head().orElseThrow().name());
            }
            ctx.cancellation().check();
            ctx.progress().begin(READING, -1);
            hashes.addAll(InputHashes.of("base", base, bc));
            hashes.addAll(InputHashes.of("patched", patched, pc));
            baseVocab = base.readVocabulary();
            patchedVocab = patched.readVocabulary();
            input = input(r, base, patched, bc, pc, n, m, untied, baseVocab, patchedVocab);
        }
        DiagnosticsReport report = Diagnostics.run(LinearAlgebra.get(), input, ctx);
        notes.addAll(0, tokenizerNotes(baseVocab, patchedVocab, n).stream().filter(x -> !x.isEmpty()).toList());
        boolean encoder = base.layout().family().isEncoder();
        Optional<ReconstructionReport> scores = Optional.empty();
        if (benchTokenizer.isPresent()) {
            scores = DiagnoseBenchmark.run(r.reconstruction(), benchmark.get(), benchTokenizer.get(), input.oldInput(),
                    input.oldOutput(), ctx, notes);
        }
        report = report.withNotes(notes);
        if (scores.isPresent()) {
            report = report.withReconstruction(scores.get());
        }
        ctx.cancellation().check();
        ctx.progress().begin(WRITING, -1);
        ReportInfo info = new ReportInfo(Versions.tool(), LinearAlgebra.get().describe(),
                Map.of("base", facts(base), "patched", facts(patched)), hashes,
                parameters(patched, r.reconstruction(), encoder, scores.isPresent(), base));
        DiagnosticsReport done = report;
        WrittenReport[] written = new WrittenReport[1];
        AtomicFiles.writeDirectory(out, r.overwrite(), tmp -> written[0] = ReportWriter.write(done, info, tmp));
        return new DiagnoseResult(out, report, written[0].plots(), written[0].files());
    }

    private static DiagnosticsInput input(DiagnoseRequest r, ModelFolder base, ModelFolder patched, Checkpoint bc,
                                          Checkpoint pc, long n, long m, boolean untied, Optional<Vocabulary> baseVocab,
                                          Optional<Vocabulary> vocab) throws IOException {
        FloatMatrix oldIn = ModelPair.rows(bc, base.layout().embedding().name(), 0, n);
        FloatMatrix newIn = ModelPair.rows(pc, patched.layout().embedding().name(), n, m);
        FloatMatrix oldOut = untied ? ModelPair.rows(bc, base.layout().head().orElseThrow().name(), 0, n) : null;
        FloatMatrix newOut = untied ? ModelPair.rows(pc, patched.layout().head().orElseThrow().name(), n, m) : null;
        String[] pieces = pieces(vocab);
        String[] oldPieces = pieces(vocab.isPresent() ? vocab : baseVocab);
        int tokenizerSize = vocab.map(Vocabulary::size).orElse(patched.config().vocabSize());
        List<NewRow> rows = new ArrayList<>();
        for (long id = n; id < m; id++) {
            String piece = id < pieces.length && pieces[(int) id] != null ? pieces[(int) id] : "";
            rows.add(new NewRow((int) id, piece, id >= tokenizerSize));
        }
        List<String> oldTokens = new ArrayList<>();
        for (int id = 0; id < n; id++) {
            oldTokens.add(id < oldPieces.length && oldPieces[id] != null ? oldPieces[id] : "#" + id);
        }
        Path csv = patched.folder().resolve(ProvenanceCsv.FILE_NAME);
        List<TokenInit> provenance = Files.isRegularFile(csv) ? ProvenanceCsv.read(csv) : List.of();
        DiagnosticsOptions options = new DiagnosticsOptions(r.sample(), r.seed(), r.neighbours(), r.directions(),
                DiagnosticsOptions.defaults().hull().withRelativeTolerance(tolerance(patched)));
        HeadMode head = untied ? HeadMode.UNTIED : patched.layout().headKind() == HeadKind.TIED ? HeadMode.TIED
                : HeadMode.NONE;
        return new DiagnosticsInput(rows, oldTokens, oldIn, newIn, oldOut, newOut, head, provenance, options);
    }

    /// The inside tolerance, relative to the median old norm: 1e-3, raised for 16-bit storage, whose rounding
    /// moves a stored mixture by up to 2^-8 (BF16) or 2^-11 (F16) of its norm per entry, so a recorded
    /// mixture would otherwise fail to verify against its own stored row.
    static double tolerance(ModelFolder patched) {
        DType t = patched.layout().embedding().dtype();
        return t == DType.BF16 ? 1e-2 : t == DType.F16 ? 2e-3 : 1e-3;
    }

    private static Map<String, Object> parameters(ModelFolder patched, DiagnoseReconstruction choice,
                                                  boolean encoder, boolean ran, ModelFolder base) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("toleranceReason", "inside tolerance " + tolerance(patched) + " × median old norm for "
                + patched.layout().embedding().dtype().wireName() + " rows (16-bit storage rounds a recorded mixture)");
        p.put("hashed", InputHashes.POLICY);
        String family = base.layout().family().name().toLowerCase(java.util.Locale.ROOT);
        p.put("reconstruction", switch (choice.mode()) {
            case ON -> "requested";
            case OFF -> "not run (turned off)";
            case AUTO -> !encoder ? "not run: off by default for a " + family + "-family base (ask for it to run it)"
                    : ran ? "run by default: the base is an encoder (" + family + " family)"
                    : "not run although the base is an encoder (" + family + " family): see the notes";
        });
        return p;
    }

    private static String[] pieces(Optional<Vocabulary> vocab) {
        if (vocab.isEmpty()) {
            return new String[0];
        }
        String[] out = new String[vocab.get().size()];
        vocab.get().tokens().forEach(t -> {
            if (t.id() >= 0 && t.id() < out.length) {
                out[t.id()] = t.piece();
            }
        });
        return out;
    }

    private static Map<String, Object> facts(ModelFolder m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("folder", m.folder().toAbsolutePath().normalize().toString());
        f.put("embedding", m.layout().embedding().name());
        f.put("dtype", m.layout().embedding().dtype().wireName());
        f.put("rows", m.layout().rows());
        f.put("dim", m.layout().embedding().shape()[1]);
        f.put("head", m.layout().headKind().name().toLowerCase(java.util.Locale.ROOT));
        m.layout().head().ifPresent(h -> f.put("headTensor", h.name()));
        f.put("shards", m.shards().size());
        return f;
    }

    /// A note when the patched tokenizer renamed old ids (the rows are the same, the tokens not).
    private static List<String> tokenizerNotes(Optional<Vocabulary> b, Optional<Vocabulary> p, long n) {
        if (b.isEmpty() || p.isEmpty()) {
            return List.of(b.isEmpty() && p.isEmpty() ? "neither model has a readable tokenizer: tokens show as ids"
                    : p.isEmpty() ? "the patched model has no readable tokenizer: new tokens have no text" : "");
        }
        String[] bp = pieces(b);
        String[] pp = pieces(p);
        int differ = 0;
        int first = -1;
        for (int id = 0; id < n && id < bp.length; id++) {
            String x = id < pp.length ? pp[id] : null;
            if (bp[id] != null && !bp[id].equals(x)) {
                differ++;
                first = first < 0 ? id : first;
            }
        }
        return differ == 0 ? List.of() : List.of(differ + " old ids have another piece in the patched tokenizer (first: id "
                + first + "): the rows were kept but the tokenizer is not an extension of the base's");
    }
}
