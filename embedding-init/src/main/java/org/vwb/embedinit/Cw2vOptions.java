package org.vwb.embedinit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/// The settings of a CW2V run (METHODS §3; `docs/init-methods.md`, section cw2v, says what each changes
/// against the reference code).
///
/// @param corpus       target-language text, UTF-8, one paragraph per line, tokenized with the target tokenizer
/// @param form         [Form#TOPK] (scales) or [Form#EXACT] (every anchor, for small vocabularies)
/// @param candidates   top-K: base rows each new token mixes over
/// @param epochs       passes over the corpus
/// @param learningRate Adam's learning rate on the mixture logits
/// @param window       context positions on each side of a centre
/// @param negatives    negative samples per pair
/// @param dimRank      exact form: rank `r` of the logits `A = A₁·A₂`; 0 = a full logit matrix
/// @param minCount     new tokens (and base tokens) seen fewer times are left out; such new tokens go to
///                     the fallback
/// @param threads      worker threads, 0 = all cores; results do not depend on it
/// @param subsample    word2vec's sub-sampling threshold `t` on relative frequencies; 0 = off
/// @param batch        skip-gram pairs per optimiser step; 0 = chosen from the problem size
/// @param floor        share of the uniform candidate mixture in the starting point (the rest is FVT)
public record Cw2vOptions(Path corpus, Form form, int candidates, int epochs, double learningRate, int window,
                          int negatives, int dimRank, int minCount, int threads, double subsample, int batch,
                          double floor) {

    /// The two parameterisations.
    public enum Form {
        /// Softmax over every anchor row (full or low-rank logits): cost grows with new × base × dim per step.
        EXACT,
        /// Softmax over K candidate rows per token: cost grows with new × K × dim per step.
        TOPK;

        /// The option value (`exact`, `topk`).
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /// Checks the values that the option parser cannot (combinations).
    public Cw2vOptions {
        Objects.requireNonNull(form, "form");
        if (form == Form.TOPK && dimRank > 0) {
            throw new IllegalArgumentException("dim-rank applies to form=exact only, found " + dimRank);
        }
    }

    /// The options as the CLI, recipes and the GUI list them.
    public static List<OptionSpec> specs() {
        return List.of(
                OptionSpec.of("corpus", OptionSpec.Type.PATH, null,
                        "target-language text (UTF-8, one paragraph per line), tokenized with the new tokenizer"),
                OptionSpec.choice("form", "topk", "topk: K candidates per token (scales); exact: every anchor",
                        "topk", "exact"),
                OptionSpec.of("candidates", OptionSpec.Type.INT, "64", "top-K: base rows each new token mixes over"),
                OptionSpec.of("epochs", OptionSpec.Type.INT, "5", "passes over the corpus"),
                OptionSpec.of("lr", OptionSpec.Type.DOUBLE, "0.01", "Adam learning rate on the mixture logits"),
                OptionSpec.of("window", OptionSpec.Type.INT, "5", "context tokens on each side"),
                OptionSpec.of("negatives", OptionSpec.Type.INT, "5", "negative samples per pair (unigram^0.75)"),
                OptionSpec.of("dim-rank", OptionSpec.Type.INT, "0", "exact form: rank of the logits A1·A2 (0 = full)"),
                OptionSpec.of("min-count", OptionSpec.Type.INT, "1", "rarer tokens are left to the fallback"),
                OptionSpec.of("threads", OptionSpec.Type.INT, "0", "worker threads (0 = all cores); same result"),
                OptionSpec.of("subsample", OptionSpec.Type.DOUBLE, "1e-4", "word2vec sub-sampling t (0 = off)"),
                OptionSpec.of("batch", OptionSpec.Type.INT, "0", "pairs per Adam step (0 = from the problem size)"),
                OptionSpec.of("floor", OptionSpec.Type.DOUBLE, "0.1", "uniform share of the starting mixture"));
    }

    /// Reads validated options.
    ///
    /// @throws InitInputException [InitInputException.Reason#BAD_OPTION] for a value out of range
    public static Cw2vOptions from(StrategyOptions o) throws InitInputException {
        Form form = o.string("form").equals("exact") ? Form.EXACT : Form.TOPK;
        int rank = o.integer("dim-rank", 0, 1 << 16);
        if (form == Form.TOPK && rank > 0) {
            throw StrategyOptions.bad(o.method(), "dim-rank", "applies to form=exact only; found " + rank
                    + " with form=topk");
        }
        return new Cw2vOptions(o.path("corpus"), form, o.integer("candidates", 1, 1 << 20),
                o.integer("epochs", 1, 10_000), o.real("lr", 1e-9, 100), o.integer("window", 1, 1000),
                o.integer("negatives", 1, 1000), rank, o.integer("min-count", 1, Integer.MAX_VALUE),
                o.integer("threads", 0, 4096), o.real("subsample", 0, 1), o.integer("batch", 0, 1 << 28),
                o.real("floor", 1e-9, 1));
    }

    /// Parses `key=value` options given as text (defaults for the rest).
    ///
    /// @throws InitInputException for an unknown key, a missing corpus or a bad value
    public static Cw2vOptions parse(Map<String, String> values) throws InitInputException {
        return from(StrategyOptions.parse(Cw2v.NAME, specs(), values));
    }
}
