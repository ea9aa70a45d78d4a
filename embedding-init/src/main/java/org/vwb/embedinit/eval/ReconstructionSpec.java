package org.vwb.embedinit.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// What to hold out and which methods to run.
///
/// @param holdout       how many tokens to hide (at least 1)
/// @param seed          seeds the choice of tokens and every method; the report depends on nothing else
/// @param methods       the methods to compare; the [#BASELINES] are always added in front (a baseline
///                      listed here under its own name keeps its options); labels must be unique
/// @param maxMeanCosine a token is eligible only when the cosine of its row to the mean of all normal
///                      rows is below this: rows near the mean are the rarely-updated ones, whose
///                      "true" row says little about how a method would do
/// @param wholeWords    only word-initial pieces whose text is letters only (no `##` continuation for
///                      WordPiece, a leading `▁`/`Ġ` for the others): the "held-out whole words" setup
/// @param minFrequency  with a corpus: only tokens the full tokenizer emits at least this often on it
///                      (0 = no frequency filter)
/// @param corpus        UTF-8 text files for the frequency filter (one text per line); may be empty
/// @param fallback      the method that places what a method leaves unplaced (a registry name)
public record ReconstructionSpec(int holdout, long seed, List<MethodSpec> methods, double maxMeanCosine,
                                 boolean wholeWords, int minFrequency, List<Path> corpus, String fallback) {

    /// The trivial baselines every report contains: N(0, σ) rows, the mean of the trained rows, and
    /// samples from N(μ, s·Σ) around it (registry names).
    public static final List<String> BASELINES = List.of("random", "mean", "multivariate");

    /// The default eligibility threshold of [#maxMeanCosine]. On MiniLM the never-trained `[unusedN]`
    /// rows have cosines 0.4–0.6 to the mean row and 93% of the other normal rows lie below 0.3; rows above
    /// 0.4 look like untrained ones (rare symbols and scripts).
    public static final double DEFAULT_MAX_MEAN_COSINE = 0.4;

    /// Validates the values and copies the lists.
    public ReconstructionSpec {
        Objects.requireNonNull(methods, "methods");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(fallback, "fallback");
        if (holdout < 1) {
            throw new IllegalArgumentException("holdout must be at least 1, found " + holdout);
        }
        if (!(maxMeanCosine > -1 && maxMeanCosine <= 1)) {
            throw new IllegalArgumentException("the cosine-to-mean threshold must be in (-1, 1], found " + maxMeanCosine);
        }
        if (minFrequency < 0) {
            throw new IllegalArgumentException("minimum frequency must be >= 0, found " + minFrequency);
        }
        corpus = List.copyOf(corpus);
        if (minFrequency > 0 && corpus.isEmpty()) {
            throw new IllegalArgumentException("a minimum frequency of " + minFrequency + " needs a corpus");
        }
        methods = List.copyOf(methods);
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (MethodSpec m : methods) {
            if (!labels.add(m.label())) {
                throw new IllegalArgumentException("method label '" + m.label() + "' is used twice");
            }
        }
    }

    /// A spec with the defaults: threshold [#DEFAULT_MAX_MEAN_COSINE], no frequency filter, `mean` fallback.
    public static ReconstructionSpec of(int holdout, long seed, List<MethodSpec> methods, boolean wholeWords) {
        return new ReconstructionSpec(holdout, seed, methods, DEFAULT_MAX_MEAN_COSINE, wholeWords, 0, List.of(), "mean");
    }

    /// The methods in the order they run: the baselines first (a requested method labelled like a baseline
    /// replaces it in place), then the other requested ones.
    public List<MethodSpec> runOrder() {
        Map<String, MethodSpec> byLabel = new LinkedHashMap<>();
        for (String b : BASELINES) {
            byLabel.put(b, methods.stream().filter(m -> m.label().equals(b)).findFirst().orElse(MethodSpec.of(b)));
        }
        for (MethodSpec m : methods) {
            byLabel.putIfAbsent(m.label(), m);
        }
        return new ArrayList<>(byLabel.values());
    }

    /// Whether `m` is one of the baselines (labelled and named as one).
    public static boolean isBaseline(MethodSpec m) {
        return BASELINES.contains(m.label()) && m.label().equals(m.name());
    }
}
