package org.vwb.core;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vwb.embedinit.eval.ReconstructionSpec;

/// Asks for the reconstruction benchmark on a model folder ([Workbench#reconstruct]): hide `holdout`
/// well-trained tokens of its own vocabulary, re-initialise them with each method from what remains, and
/// score the rows against the true ones.
///
/// @param model         the model folder (input embedding, untied head if any, tokenizer.json or tokenizer.model)
/// @param holdout       how many tokens to hide, ≥ 1
/// @param seed          seeds the choice of tokens and every method
/// @param methods       methods to compare: a registry name (`fvt`), or `label=name` to run variants of one
///                      method side by side (`b3=blend`); the baselines (random, mean, multivariate) are always added
/// @param methodOptions per label, its `key=value` options; every label must be run (listed or a baseline)
/// @param maxMeanCosine eligible tokens have a row whose cosine to the mean row is below this
/// @param wholeWords    only word-initial pieces made of letters
/// @param minFrequency  with `corpus`: only tokens emitted at least this often on it (0 = no filter)
/// @param corpus        UTF-8 text files for the frequency filter; may be empty
public record ReconstructRequest(Path model, int holdout, long seed, List<String> methods,
                                 Map<String, Map<String, String>> methodOptions, double maxMeanCosine,
                                 boolean wholeWords, int minFrequency, List<Path> corpus) {

    /// Validates the parts and copies the collections.
    ///
    /// @throws IllegalArgumentException for options given to a method that is not run, and for values out of
    ///     range (see [ReconstructionSpec])
    public ReconstructRequest {
        Objects.requireNonNull(model, "model");
        methods = List.copyOf(methods);
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        methodOptions.forEach((m, o) -> copy.put(m, Map.copyOf(o)));
        methodOptions = Map.copyOf(copy);
        corpus = List.copyOf(corpus);
        List<String> labels = methods.stream().map(ReconstructRequest::label).toList();
        for (String m : methodOptions.keySet()) {
            if (!labels.contains(m) && !ReconstructionSpec.BASELINES.contains(m)) {
                throw new IllegalArgumentException("options given for method '" + m + "', which is not run; methods: "
                        + String.join(", ", methods) + " (and the baselines " + String.join(", ",
                        ReconstructionSpec.BASELINES) + ")");
            }
        }
        // the spec's own checks (holdout ≥ 1, threshold range, frequency needs a corpus)
        spec(holdout, seed, methods, methodOptions, maxMeanCosine, wholeWords, minFrequency, corpus);
    }

    /// The benchmark spec (fallback `mean`).
    public ReconstructionSpec spec() {
        return spec(holdout, seed, methods, methodOptions, maxMeanCosine, wholeWords, minFrequency, corpus);
    }

    private static ReconstructionSpec spec(int holdout, long seed, List<String> methods,
                                           Map<String, Map<String, String>> methodOptions, double maxMeanCosine,
                                           boolean wholeWords, int minFrequency, List<Path> corpus) {
        List<org.vwb.embedinit.eval.MethodSpec> specs = new java.util.ArrayList<>();
        for (String m : methods) {
            String label = label(m);
            specs.add(new org.vwb.embedinit.eval.MethodSpec(label, m.substring(m.indexOf('=') + 1),
                    methodOptions.getOrDefault(label, Map.of())));
        }
        // options for a baseline that is not listed still reach it
        List<String> labels = methods.stream().map(ReconstructRequest::label).toList();
        methodOptions.forEach((m, o) -> {
            if (!labels.contains(m)) {
                specs.add(new org.vwb.embedinit.eval.MethodSpec(m, o));
            }
        });
        return new ReconstructionSpec(holdout, seed, specs, maxMeanCosine, wholeWords, minFrequency, corpus, "mean");
    }

    /// The label of a `methods` entry: the part before `=`, or the whole entry.
    private static String label(String entry) {
        int eq = entry.indexOf('=');
        return eq < 0 ? entry : entry.substring(0, eq);
    }
}
