package org.vwb.vocab.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vwb.common.AtomicFiles;
import org.vwb.common.JobContext;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;
import org.vwb.vocab.internal.CorpusBatches;

/// `vwb tokenizer merge`: appends candidate pieces to a BPE (or SentencePiece unigram) tokenizer so that every one of them is
/// produced by the real engine, and proves it.
///
/// Writes a tokenizer folder (atomically; the base is never modified): `tokenizer.model` and/or
/// `tokenizer.json` as the base had them, `tokenizer_config.json` and `special_tokens_map.json` copied
/// unchanged when present (the added tokens and their ids do not change; the copies are checked
/// against the tokenizer), `vwb-id-mapping.json` for the embedding step, `merge-report.json` and
/// `vwb-provenance.json`. Model weights and `config.json` are not copied: `vwb expand` assembles the
/// model folder.
///
/// New ids follow the highest existing id, counting added tokens: with Qwen's added tokens after the
/// model vocabulary, new pieces come after them and `model.vocab` gets a gap (which the tokenizers
/// library loads fine); no existing id ever moves.
public final class TokenizerMerge {

    /// Rounds of drop-and-replan before the merge gives up on fixing unreachable pieces.
    static final int MAX_ROUNDS = 4;
    /// At most this many lines of `--check-corpus` are read.
    static final int MAX_CORPUS_LINES = 50_000;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> COPIED = List.of("tokenizer_config.json", "special_tokens_map.json");

    private TokenizerMerge() {
    }

    /// Runs the merge.
    ///
    /// @throws TokenizerFormatException for a bad base tokenizer, candidate table or import source
    /// @throws java.nio.file.FileAlreadyExistsException when the output folder exists
    public static MergeReport run(MergeRequest request, JobContext ctx) throws IOException {
        ctx.progress().begin("reading the base tokenizer", -1);
        BaseTokenizer base = BaseTokenizer.open(request.base());
        if (base.model() != null && base.json() != null && base.json().vocabulary().size() > base.model().vocabulary().size()) {
            throw new TokenizerFormatException(Reason.INVALID_FIELD, base.json().source() + ": has ids up to "
                    + (base.json().vocabulary().size() - 1) + " beyond the " + base.model().vocabulary().size()
                    + " pieces of tokenizer.model; new pieces would get different ids in the two files");
        }
        for (String name : COPIED) {
            ConfigFiles.check(base, request.base().resolve(name));
        }
        ctx.cancellation().check();
        ctx.progress().begin("reading candidates", -1);
        List<Candidate> candidates = request.addIsTable() ? CandidateCsv.read(request.add())
                : CandidateImport.read(request.add(), base);
        List<String> corpus = readCorpus(request.checkCorpus());
        MergeReport[] report = new MergeReport[1];
        AtomicFiles.writeDirectory(request.out(), false, tmp -> report[0] = build(request, base, candidates, corpus, tmp, ctx));
        return report[0];
    }

    private static MergeReport build(MergeRequest request, BaseTokenizer base, List<Candidate> candidates,
            List<String> corpus, Path tmp, JobContext ctx) throws IOException {
        Set<String> excluded = new HashSet<>();
        List<String> dropped = new ArrayList<>();
        MergePlanner.Plan plan;
        MergeVerifier.Result checked;
        int round = 0;
        while (true) {
            ctx.cancellation().check();
            ctx.progress().begin("planning pieces and merges (round " + (round + 1) + ")", -1);
            plan = new MergePlanner(base, excluded).plan(candidates, request.top());
            MergeWriter.writeTokenizer(base, plan, tmp);
            ctx.progress().begin("checking with the native engines (round " + (round + 1) + ")", -1);
            checked = MergeVerifier.verify(base, tmp, plan.pieces(), corpus);
            round++;
            if (checked.unreachable().isEmpty() || round >= MAX_ROUNDS) {
                break;
            }
            for (String piece : checked.unreachable()) {
                ctx.progress().note("warning: dropping '" + piece + "': the engine does not produce it from its own text");
                dropped.add(piece);
            }
            excluded.addAll(checked.unreachable());
        }
        for (String name : COPIED) {
            Path src = request.base().resolve(name);
            if (Files.isRegularFile(src)) {
                Files.copy(src, tmp.resolve(name));
            }
        }
        MergeReport report = report(request, base, candidates.size(), plan, checked, dropped, tmp);
        MergeWriter.writeIdMapping(base, plan, tmp.resolve(MergeWriter.ID_MAPPING));
        Files.write(tmp.resolve("merge-report.json"), JSON.writeValueAsBytes(report));
        Files.write(tmp.resolve(MergeWriter.PROVENANCE), JSON.writeValueAsBytes(provenance(request)));
        return report;
    }

    private static MergeReport report(MergeRequest request, BaseTokenizer base, int read, MergePlanner.Plan plan,
            MergeVerifier.Result checked, List<String> dropped, Path tmp) throws IOException {
        int chars = 0;
        int cjkChars = 0;
        int intermediates = 0;
        int added = 0;
        for (PlannedPiece p : plan.pieces()) {
            switch (p.origin()) {
                case CHARACTER -> {
                    chars++;
                    cjkChars += MergeVerifier.hasHan(p.piece()) ? 1 : 0;
                }
                case INTERMEDIATE -> intermediates++;
                case CANDIDATE -> added++;
            }
        }
        List<String> files = new ArrayList<>();
        try (var s = Files.list(tmp)) {
            s.map(f -> f.getFileName().toString()).sorted().forEach(files::add);
        }
        files.addAll(List.of(MergeWriter.ID_MAPPING, "merge-report.json", MergeWriter.PROVENANCE));
        int oldSize = base.nextId();
        return new MergeReport(MergeReport.FORMAT, request.base().toAbsolutePath().toString(),
                request.out().toAbsolutePath().toString(), base.vocabulary().kind().name(), oldSize,
                oldSize + plan.pieces().size(), read, plan.alreadyPresent(), added, chars, cjkChars, intermediates,
                plan.partsCorrected(), plan.mergesOnly(), dropped, plan.skipped(), checked.checks(), checked.disagreements(),
                checked.baseDisagreements(), files);
    }

    private static ObjectNode provenance(MergeRequest request) throws IOException {
        ObjectNode p = JSON.createObjectNode().put("format", "vwb.provenance/1").put("tool", "vwb tokenizer merge");
        ObjectNode inputs = p.putObject("inputs");
        for (String name : List.of(BaseTokenizer.MODEL, BaseTokenizer.JSON)) {
            Path f = request.base().resolve(name);
            if (Files.isRegularFile(f)) {
                inputs.put(f.toAbsolutePath().toString(), MergeWriter.sha256(f));
            }
        }
        Path add = request.addIsTable() ? request.add() : CandidateImport.tokenizerFile(request.add());
        inputs.put(add.toAbsolutePath().toString(), MergeWriter.sha256(add));
        p.put("top", request.top());
        ArrayNode corpus = p.putArray("checkCorpus");
        for (Path c : request.checkCorpus()) {
            corpus.addObject().put("path", c.toAbsolutePath().toString()).put("sha256", MergeWriter.sha256(c));
        }
        p.put("created", java.time.Instant.now().toString());
        return p;
    }

    /// The first [#MAX_CORPUS_LINES] non-blank lines of `files`, read as the corpus readers of mining and
    /// the fertility report read them (strict UTF-8, [CorpusBatches#corpusLine]), so that counts over
    /// these lines add up with theirs.
    private static List<String> readCorpus(List<Path> files) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path f : files) {
            try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                long lineNo = 0;
                for (String line = in.readLine(); line != null && lines.size() < MAX_CORPUS_LINES; line = in.readLine()) {
                    String text = CorpusBatches.corpusLine(line, ++lineNo);
                    if (text != null) {
                        lines.add(text);
                    }
                }
            } catch (CharacterCodingException e) {
                throw CorpusBatches.notUtf8(f, e);
            }
        }
        return lines;
    }
}
