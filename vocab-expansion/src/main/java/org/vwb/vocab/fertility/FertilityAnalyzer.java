package org.vwb.vocab.fertility;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.vwb.common.JobContext;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.fertility.internal.FertilityRun;

/// Measures how many tokens tokenizers spend on a corpus (per character, per CJK ideograph, per word),
/// how much of it falls back to bytes and how much of the vocabulary is used. Corpus lines are encoded
/// in parallel batches by the tokenizers' own native engines; the corpus is streamed, never held whole.
public final class FertilityAnalyzer {
    private FertilityAnalyzer() {
    }

    /// Measures `tokenizer` (a file or model folder), and `compare` if present, on the UTF-8 files `corpus`.
    ///
    /// @param threads encoding threads, ≥ 1
    /// @param top     how many used and unused pieces to list, ≥ 0
    /// @throws org.vwb.vocab.CorpusFormatException when a corpus file is not UTF-8, or all are empty
    /// @throws org.vwb.vocab.TokenizerFormatException when a tokenizer cannot be loaded
    public static FertilityReport analyze(Path tokenizer, Optional<Path> compare, List<Path> corpus, int threads, int top,
            JobContext ctx) throws IOException {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(compare, "compare");
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("no corpus file given");
        }
        if (threads < 1 || top < 0) {
            throw new IllegalArgumentException("threads must be >= 1 and top >= 0, were " + threads + ", " + top);
        }
        FertilityStats base = measure(tokenizer, corpus, threads, top, ctx);
        Optional<FertilityStats> other = Optional.empty();
        if (compare.isPresent()) {
            other = Optional.of(measure(compare.get(), corpus, threads, top, ctx));
        }
        return new FertilityReport(corpus, base, other);
    }

    /// Measures one tokenizer with an encoder the caller opened (and closes).
    public static FertilityStats measure(TokenizerEncoder encoder, List<Path> corpus, int threads, int top, JobContext ctx)
            throws IOException {
        return FertilityRun.measure(encoder, List.copyOf(corpus), threads, top, ctx);
    }

    /// Measures one tokenizer on the lines of `corpus` after its first `skipLines` non-blank lines (over
    /// the files in order, a leading byte-order mark dropped): for a caller that has encoded those lines
    /// already, e.g. the merge's check corpus ([org.vwb.vocab.merge.EngineCheck#corpusTokens()]). The
    /// counts cover only the remaining lines; with none left they are all 0.
    public static FertilityStats measureAfter(TokenizerEncoder encoder, List<Path> corpus, long skipLines, int threads,
            int top, JobContext ctx) throws IOException {
        if (skipLines < 0 || threads < 1 || top < 0) {
            throw new IllegalArgumentException("skipLines and top must be >= 0 and threads >= 1, were " + skipLines
                    + ", " + top + ", " + threads);
        }
        return FertilityRun.measure(encoder, List.copyOf(corpus), skipLines, threads, top, ctx);
    }

    private static FertilityStats measure(Path tokenizer, List<Path> corpus, int threads, int top, JobContext ctx)
            throws IOException {
        ctx.progress().begin("opening " + tokenizer, -1);
        try (TokenizerEncoder encoder = TokenizerEncoder.open(tokenizer)) {
            return measure(encoder, corpus, threads, top, ctx);
        }
    }
}
