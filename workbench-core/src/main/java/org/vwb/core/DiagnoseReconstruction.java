package org.vwb.core;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vwb.embedinit.eval.ReconstructionSpec;

/// Whether `vwb diagnose` also runs the reconstruction benchmark ([Workbench#reconstruct]) on the BASE model,
/// and how: the report then says which initialization methods rebuild the base's own rows best, next to the
/// geometry of the rows a method actually made.
///
/// The default ([#auto()]) runs it when the base is an encoder (BERT family, e.g. MiniLM), where it is cheap
/// and the report is the place people look for it, with [#DEFAULT_HOLDOUT] held-out tokens and the methods
/// that need no external resource ([#DEFAULT_METHODS] plus the baselines random, mean and multivariate); on a
/// decoder only when asked ([Mode#ON]). In the default mode a base the benchmark cannot use (no reducible
/// tokenizer, too few eligible tokens) gives a note in the report instead of failing the diagnosis; when asked
/// for, it is an error.
///
/// @param mode          when to run
/// @param holdout       tokens to hold out, ≥ 1
/// @param methods       methods to compare, as [ReconstructRequest#methods] (`name` or `label=name`); the
///                      baselines are always added
/// @param methodOptions per label, its `key=value` options, as [ReconstructRequest#methodOptions]
public record DiagnoseReconstruction(Mode mode, int holdout, List<String> methods,
                                     Map<String, Map<String, String>> methodOptions) {

    /// When the benchmark runs.
    public enum Mode {
        /// Only when the base is an encoder (the default).
        AUTO,
        /// Always (an error when the base cannot be benchmarked).
        ON,
        /// Never.
        OFF
    }

    /// Held-out tokens by default: enough to rank methods (MRR of a constant row is H_N/N ≈ 0.029), small
    /// enough to keep the diagnosis quick.
    public static final int DEFAULT_HOLDOUT = 200;
    /// Methods by default: those that need no file besides the model (the baselines are added anyway).
    public static final List<String> DEFAULT_METHODS = List.of("fvt");

    /// Validates the parts and copies the collections.
    ///
    /// @throws IllegalArgumentException for a hold-out below 1, a malformed label, or options for a method
    ///     that is not run (the message names it)
    public DiagnoseReconstruction {
        Objects.requireNonNull(mode, "mode");
        methods = List.copyOf(methods);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        methodOptions.forEach((m, o) -> copy.put(m, Map.copyOf(o)));
        methodOptions = java.util.Collections.unmodifiableMap(copy);
        // the benchmark request's own checks, on any folder (the fields are not assigned yet)
        new ReconstructRequest(Path.of("."), holdout, 0L, methods, methodOptions,
                ReconstructionSpec.DEFAULT_MAX_MEAN_COSINE, false, 0, List.of());
    }

    /// The default: on an encoder base, [#DEFAULT_HOLDOUT] tokens and [#DEFAULT_METHODS].
    public static DiagnoseReconstruction auto() {
        return new DiagnoseReconstruction(Mode.AUTO, DEFAULT_HOLDOUT, DEFAULT_METHODS, Map.of());
    }

    /// Never run.
    public static DiagnoseReconstruction off() {
        return new DiagnoseReconstruction(Mode.OFF, DEFAULT_HOLDOUT, DEFAULT_METHODS, Map.of());
    }

    /// Always run, with these settings.
    public static DiagnoseReconstruction on(int holdout, List<String> methods,
                                            Map<String, Map<String, String>> methodOptions) {
        return new DiagnoseReconstruction(Mode.ON, holdout, methods, methodOptions);
    }

    /// Whether it runs for a base that is (or is not) an encoder.
    public boolean runsFor(boolean encoderBase) {
        return mode == Mode.ON || mode == Mode.AUTO && encoderBase;
    }

    /// The benchmark request on `base`: seeded with the diagnosis seed, the default eligibility threshold, all
    /// token kinds, no frequency filter.
    public ReconstructRequest request(Path base, long seed) {
        return new ReconstructRequest(base, holdout, seed, methods, methodOptions,
                ReconstructionSpec.DEFAULT_MAX_MEAN_COSINE, false, 0, List.of());
    }
}
