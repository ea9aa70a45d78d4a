package org.vwb.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vwb.common.Job;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.OptionSpec;
import org.vwb.embedinit.Strategies;
import org.vwb.embedinit.eval.MethodSpec;
import org.vwb.embedinit.eval.ReconstructionBenchmark;
import org.vwb.embedinit.eval.ReconstructionModel;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.eval.ReconstructionSpec;
import org.vwb.model.HeadKind;
import org.vwb.model.ModelFolder;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.TensorInfo;
import org.vwb.safetensors.TensorView;

/// The reconstruction benchmark behind [Workbench#reconstruct]: reads the model's matrices and tokenizer,
/// then hands them to [ReconstructionBenchmark].
final class ReconstructJobs {

    private ReconstructJobs() {
    }

    /// Builds the job. Its first step builds every method, so that an unknown name or a bad option fails
    /// (with the registry's `InitInputException`) before the model is read.
    static Job<ReconstructionReport> reconstruct(ReconstructRequest request) {
        ReconstructionSpec spec = request.spec();
        Path dir = request.model().toAbsolutePath().normalize();
        return ctx -> {
            checkMethods(spec);
            return ReconstructionBenchmark.run(read(dir, ctx), spec, ctx);
        };
    }

    /// Builds every method of `spec` (the requested ones first, so that a typo is what the message names) and
    /// checks that the files its path options name exist: strategies read them only when they run, which would
    /// be after the model has been read (and, in `diagnose`, measured).
    ///
    /// @throws InitInputException for an unknown method, a bad option or a missing file (`MISSING_RESOURCE`)
    static void checkMethods(ReconstructionSpec spec) throws IOException {
        List<MethodSpec> check = new ArrayList<>(spec.methods());
        check.addAll(spec.runOrder());
        for (MethodSpec m : check) {
            Strategies.create(m.name(), m.options());
            for (OptionSpec o : Strategies.named(m.name()).options()) {
                String value = m.options().get(o.key());
                if (o.type() == OptionSpec.Type.PATH && value != null && !value.isBlank()
                        && !Files.exists(Path.of(value))) {
                    throw new InitInputException(InitInputException.Reason.MISSING_RESOURCE, "method " + m.label()
                            + ", option " + o.key() + ": not found: " + Path.of(value).toAbsolutePath());
                }
            }
        }
    }

    private static ReconstructionModel read(Path dir, JobContext ctx) throws IOException {
        ctx.cancellation().check();
        ctx.progress().begin("reading the embedding of " + dir.getFileName(), -1);
        ModelFolder folder = ModelFolder.open(dir);
        Path tokenizer = folder.tokenizerFiles().vocabularySource().orElseThrow(() -> new NoSuchFileException(
                dir.toString(), null, "no tokenizer.json or SentencePiece model in the model folder"));
        try (Checkpoint checkpoint = Checkpoint.open(dir)) {
            FloatMatrix input = matrix(checkpoint, folder.layout().embedding());
            FloatMatrix output = folder.layout().headKind() == HeadKind.UNTIED
                    ? matrix(checkpoint, folder.layout().head().orElseThrow()) : null;
            return new ReconstructionModel(input, output, tokenizer, LinearAlgebra.get());
        }
    }

    private static FloatMatrix matrix(Checkpoint checkpoint, TensorInfo info) {
        TensorView v = checkpoint.tensor(info.name());
        return new FloatMatrix(Math.toIntExact(v.rows()), Math.toIntExact(v.columns()), v.toFloatArray());
    }
}
