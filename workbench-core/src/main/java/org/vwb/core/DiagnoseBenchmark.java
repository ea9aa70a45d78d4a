package org.vwb.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vwb.common.JobContext;
import org.vwb.common.ProgressSink;
import org.vwb.embedinit.eval.ReconstructionBenchmark;
import org.vwb.embedinit.eval.ReconstructionException;
import org.vwb.embedinit.eval.ReconstructionModel;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.eval.ReconstructionSpec;
import org.vwb.model.ModelFolder;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// The reconstruction step of [DiagnoseJob]: the benchmark on the base's rows, which the diagnosis has
/// already read (so the base is not read twice).
final class DiagnoseBenchmark {
    /// The progress stage; the benchmark's own stages follow as `reconstruction: …`.
    static final String STAGE = "reconstruction";

    private DiagnoseBenchmark() {}

    /// The spec to run on `base`, or empty when `choice` does not run for it. Builds every method first, so
    /// that an unknown name or a bad option fails before any work (the registry's `InitInputException`).
    static Optional<ReconstructionSpec> plan(DiagnoseRequest r) throws IOException {
        if (r.reconstruction().mode() == DiagnoseReconstruction.Mode.OFF) {
            return Optional.empty();
        }
        ReconstructionSpec spec = r.reconstruction().request(r.base(), r.seed()).spec();
        ReconstructJobs.checkMethods(spec);
        return Optional.of(spec);
    }

    /// The base's tokenizer file when the benchmark will run on it; empty (with a note) when it cannot in the
    /// default mode. Called right after the folders are opened, so that an explicit request fails early.
    ///
    /// @throws ReconstructionException (`UNSUPPORTED_TOKENIZER`) when it was asked for and the base has no tokenizer
    static Optional<Path> tokenizer(DiagnoseReconstruction choice, ModelFolder base, List<String> notes)
            throws IOException {
        Optional<Path> tokenizer = base.tokenizerFiles().vocabularySource();
        if (tokenizer.isEmpty()) {
            if (choice.mode() == DiagnoseReconstruction.Mode.ON) {
                throw new ReconstructionException(ReconstructionException.Reason.UNSUPPORTED_TOKENIZER,
                        base.folder() + ": no tokenizer.json or SentencePiece model in the base folder, but the"
                                + " reconstruction benchmark needs the base's tokenizer");
            }
            notes.add("reconstruction benchmark not run: the base has no tokenizer.json or SentencePiece model");
        }
        return tokenizer;
    }

    /// Runs the benchmark on the base's input rows (and untied head rows, or `null`), or explains in `notes`
    /// why it could not in the default mode.
    ///
    /// @throws IOException when it was asked for and cannot run (too few eligible tokens, …)
    static Optional<ReconstructionReport> run(DiagnoseReconstruction choice, ReconstructionSpec spec, Path tokenizer,
                                              FloatMatrix input, FloatMatrix output, JobContext ctx,
                                              List<String> notes) throws IOException {
        ctx.cancellation().check();
        ctx.progress().begin(STAGE, -1);
        boolean asked = choice.mode() == DiagnoseReconstruction.Mode.ON;
        JobContext inner = new JobContext(prefixed(ctx.progress()), ctx.cancellation());
        try {
            return Optional.of(ReconstructionBenchmark.run(new ReconstructionModel(input, output, tokenizer,
                    LinearAlgebra.get()), spec, inner));
        } catch (ReconstructionException e) {
            if (asked) {
                throw e;
            }
            notes.add("reconstruction benchmark not run on the base (" + e.reason() + "): " + e.getMessage());
            return Optional.empty();
        }
    }

    /// Stages named `reconstruction: <the benchmark's stage>`, so a progress display shows whose they are.
    private static ProgressSink prefixed(ProgressSink sink) {
        return new ProgressSink() {
            @Override
            public void begin(String stage, long totalUnits) {
                sink.begin(STAGE + ": " + stage, totalUnits);
            }

            @Override
            public void advance(long units) {
                sink.advance(units);
            }

            @Override
            public void note(String message) {
                sink.note(message);
            }
        };
    }
}
