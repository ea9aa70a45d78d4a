package org.vwb.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vwb.vocab.mine.Script;

/// One expansion run, as `vwb expand --recipe R.json` and the GUI's "Save recipe" describe it: where the
/// new pieces come from, how their rows are initialised, which diagnostics to compute and where to write.
/// Read and written by [RecipeFiles] (format `vwb.recipe/1`, schema in `docs/recipe.schema.json`).
///
/// @param base            the base model folder
/// @param pieces          where the new pieces come from
/// @param init            the strategy for the input embedding (and the head unless `head` is given)
/// @param head            a separate strategy for an untied lm_head, or `null`
/// @param fallback        the strategy for tokens the method cannot place
/// @param copyOverlap     whether tokens the base already has get its row copied
/// @param padToMultipleOf round the row count up to a multiple of this (1 = none)
/// @param diagnostics     which diagnostics to compute
/// @param output          the output model folder
/// @param seed            the seed of every random step
public record Recipe(Path base, Pieces pieces, Method init, Method head, String fallback, boolean copyOverlap,
                     int padToMultipleOf, Diagnostics diagnostics, Path output, long seed) {

    /// The format this version of vwb reads and writes.
    public static final String FORMAT = "vwb.recipe/1";

    /// Checks the parts.
    public Recipe {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(pieces, "pieces");
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(output, "output");
        if (padToMultipleOf < 1) {
            throw new IllegalArgumentException("padToMultipleOf must be at least 1, found " + padToMultipleOf);
        }
    }

    /// Where new pieces come from.
    public enum Source {
        /// Mined from corpus files (`vwb tokenizer mine`).
        MINE,
        /// Taken from another tokenizer (`tokenizer.model`/`tokenizer.json` or its folder).
        IMPORT,
        /// Read from a candidates CSV.
        CANDIDATES
    }

    /// The piece source and its parameters.
    ///
    /// @param source        mine, import or candidates
    /// @param corpus        corpus files (mining input; also the fertility/check corpus for the other sources)
    /// @param count         how many pieces to add (mined, or the top of an import/candidates list)
    /// @param minFrequency  the least corpus frequency of a mined piece
    /// @param maxChars      the longest mined piece in characters
    /// @param script        which pieces qualify by script
    /// @param from          the tokenizer or CSV to import from (`null` when mining)
    public record Pieces(Source source, List<Path> corpus, int count, long minFrequency, int maxChars,
                         Script script, Path from) {
        /// Checks the parts.
        public Pieces {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(script, "script");
            corpus = List.copyOf(corpus);
            if (count < 1) {
                throw new IllegalArgumentException("pieces.count must be at least 1, found " + count);
            }
            if (source == Source.MINE && corpus.isEmpty()) {
                throw new IllegalArgumentException("pieces.corpus: mining needs at least one corpus file");
            }
            if (source != Source.MINE && from == null) {
                throw new IllegalArgumentException("pieces.from: " + source.name().toLowerCase(java.util.Locale.ROOT)
                        + " needs a file to read the pieces from");
            }
        }
    }

    /// A strategy and its options.
    ///
    /// @param method  the strategy name (`fvt`, `wechsel`, …)
    /// @param options `key → value`
    public record Method(String method, Map<String, String> options) {
        /// Copies the options.
        public Method {
            Objects.requireNonNull(method, "method");
            options = Map.copyOf(options);
        }
    }

    /// The diagnostics to compute after init.
    ///
    /// @param hull       convex-hull verdicts with certificates
    /// @param sample     old rows sampled for the 2-D projection and the report
    /// @param neighbours nearest old tokens listed per new token
    public record Diagnostics(boolean hull, int sample, int neighbours) {
        /// Checks the ranges.
        public Diagnostics {
            if (sample < 0 || neighbours < 0) {
                throw new IllegalArgumentException("diagnostics.sample and .neighbours must be >= 0");
            }
        }
    }
}
