package org.vwb.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.vwb.common.JobContext;
import org.vwb.core.InitRequest;
import org.vwb.core.InitSummary;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.ProvenanceCsv;
import org.vwb.embedinit.TargetTokens;
import org.vwb.embedinit.TokenInit;
import org.vwb.model.patch.BaseCopy;
import org.vwb.model.patch.CheckpointPatcher;
import org.vwb.model.patch.ExtraFile;
import org.vwb.model.patch.NewRows;
import org.vwb.model.patch.PatchRequest;

/// `vwb init`: read the base matrices, compute the new rows, write and verify the patched checkpoint
/// with the per-token CSV and a provenance record.
public final class InitJob {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /// The provenance record written beside the checkpoint.
    public static final String PROVENANCE = "vwb-init.json";

    private InitJob() {
    }

    /// Runs the request.
    public static InitSummary run(InitRequest r, JobContext ctx) throws IOException {
        try (BaseCopy copy = startBaseCopy(r)) {
            Computed rows = BesideCopy.call("vwb-init", () -> compute(r, ctx));
            return write(rows, ctx, copy);
        }
    }

    /// Starts copying the base's unchanged tensors into the output's temporary folder while the rows are
    /// computed (on a multi-GB checkpoint the copy takes as long as reading the matrices and initialising,
    /// or longer); refuses an existing output or one without the space before any work.
    static BaseCopy startBaseCopy(InitRequest r) throws IOException {
        return new CheckpointPatcher().startBaseCopy(r.model(), r.out(), r.overwrite());
    }

    /// The new rows of a request, computed and not yet written.
    record Computed(InitRequest request, BaseMatrices base, List<NewToken> tokens, InitComputation.Rows rows,
                    long initMillis) {
    }

    /// Reads the base matrices and computes the new rows: the init stage.
    static Computed compute(InitRequest r, JobContext ctx) throws IOException {
        long t0 = System.nanoTime();
        ctx.progress().begin("reading base matrices", -1);
        BaseMatrices base = BaseMatrices.read(r.model());
        ctx.cancellation().check();
        InitComputation.Rows rows;
        List<NewToken> tokens;
        ctx.progress().begin("opening tokenizers", -1);
        try (InitInputs in = InitInputs.open(r.model(), r.tokenizer(), base.input().rows())) {
            tokens = in.tokens;
            ctx.progress().begin("initialising " + tokens.size() + " rows with " + r.method(), -1);
            rows = InitComputation.run(r, base, in.base, in.target, tokens, ctx);
        }
        ctx.cancellation().check();
        return new Computed(r, base, tokens, rows, (System.nanoTime() - t0) / 1_000_000);
    }

    /// Writes and verifies the patched checkpoint with the per-token CSV and the provenance record: the
    /// write + verify stage.
    static InitSummary write(Computed c, JobContext ctx, BaseCopy copy) throws IOException {
        long t1 = System.nanoTime();
        InitRequest r = c.request();
        int newSize = c.base().input().rows() + c.tokens().size() + c.rows().padding();
        NewRows newRows = newRows(c.base(), c.rows());
        PatchRequest patch = new PatchRequest(r.model(), r.out(), r.tokenizer(), newSize, newRows,
                r.padToMultipleOf(), extraFiles(r, c.tokens(), c.rows()), r.overwrite());
        new CheckpointPatcher().write(patch, ctx, copy);
        long t2 = System.nanoTime();
        return summary(r, c.base(), c.tokens(), c.rows(), c.initMillis(), (t2 - t1) / 1_000_000);
    }

    private static NewRows newRows(BaseMatrices base, InitComputation.Rows rows) {
        if (rows.rows().isEmpty()) {
            throw new IllegalArgumentException("the expanded tokenizer adds no tokens to " + base.model().folder());
        }
        NewRows n = base.output() == null ? NewRows.tied(rows.rows().get(MatrixRole.INPUT))
                : NewRows.untied(rows.rows().get(MatrixRole.INPUT), rows.rows().get(MatrixRole.OUTPUT));
        return rows.bias() == null ? n : n.withHeadBias(rows.bias());
    }

    private static Map<String, ExtraFile> extraFiles(InitRequest r, List<NewToken> tokens, InitComputation.Rows rows)
            throws IOException {
        Map<Integer, String> pieces = new java.util.HashMap<>();
        tokens.forEach(t -> pieces.put(t.id(), t.piece()));
        Path csv = Files.createTempFile("vwb-init-rows", ".csv");
        csv.toFile().deleteOnExit();
        ProvenanceCsv.write(rows.provenance(), id -> pieces.getOrDefault(id, ""), csv);
        Map<String, ExtraFile> files = new LinkedHashMap<>();
        files.put(ProvenanceCsv.FILE_NAME, new ExtraFile.Content(Files.readAllBytes(csv)));
        Files.deleteIfExists(csv);
        Path mapping = r.tokenizer().resolve(TargetTokens.ID_MAPPING);
        if (Files.isRegularFile(mapping)) {
            files.put(TargetTokens.ID_MAPPING, new ExtraFile.CopyOf(mapping));
        }
        files.put(PROVENANCE, new ExtraFile.Content(provenance(r)));
        return files;
    }

    private static byte[] provenance(InitRequest r) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("format", "vwb.init/1")
                .put("vwbVersion", Optional.ofNullable(InitJob.class.getPackage().getImplementationVersion()).orElse("dev"))
                .put("base", r.model().toAbsolutePath().toString()).put("tokenizer", r.tokenizer().toAbsolutePath().toString())
                .put("method", r.method()).put("fallback", r.fallback()).put("copyOverlap", r.copyOverlap())
                .put("padToMultipleOf", r.padToMultipleOf()).put("seed", r.seed());
        new TreeMap<>(r.options()).forEach(root.putObject("options")::put);
        if (r.headMethod() != null) {
            root.put("headMethod", r.headMethod());
            new TreeMap<>(r.headOptions()).forEach(root.putObject("headOptions")::put);
        }
        return JSON.writeValueAsBytes(root);
    }

    private static InitSummary summary(InitRequest r, BaseMatrices base, List<NewToken> tokens,
                                       InitComputation.Rows rows, long initMs, long writeMs) {
        Map<String, Integer> byMethod = new TreeMap<>();
        Map<String, Integer> byOrigin = new TreeMap<>();
        List<Integer> fallbackIds = new ArrayList<>();
        for (TokenInit t : rows.provenance()) {
            if (t.role() != MatrixRole.INPUT) {
                continue;
            }
            byMethod.merge(t.method(), 1, Integer::sum);
            byOrigin.merge(t.origin().name(), 1, Integer::sum);
            boolean token = t.id() < base.input().rows() + tokens.size();
            if (token && !t.method().equals(r.method()) && !t.method().equals("copy")) {
                fallbackIds.add(t.id());
            }
        }
        return new InitSummary(r.out().toAbsolutePath(), base.input().rows(), tokens.size(), rows.padding(),
                base.output() == null, byMethod, byOrigin, fallbackIds, initMs, writeMs);
    }
}
