package org.vwb.vocab.mine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.vwb.common.JobContext;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.mine.internal.MiningRun;

/// Learns new pieces on top of a base tokenizer by continuing BPE on a corpus.
///
/// The corpus is encoded by the base tokenizer itself (its normalization and pre-tokenization), in
/// parallel batches, and collapsed to a multiset of segments: runs of symbols inside one word (a
/// `▁`-initial piece or the pre-tokenizer's word index starts a new one). For byte-fallback models a
/// character's byte-fallback run is one symbol, proposed as a piece of its own. Then the most frequent
/// adjacent pair inside a segment is merged, again and again, so every new piece is the merge of two
/// pieces that exist (or were proposed earlier). Only the segment multiset is kept in memory.
public final class SubwordMiner {
    private SubwordMiner() {
    }

    /// Mines `options.additions()` pieces for the tokenizer at `base` (a file or a model folder) from
    /// the UTF-8 text files `corpus`, reporting to `ctx` and honouring its cancellation.
    ///
    /// @throws org.vwb.vocab.TokenizerFormatException when `base` is not a tokenizer mining can extend
    /// @throws org.vwb.vocab.CorpusFormatException when a corpus file is not UTF-8, or all are empty
    /// @throws java.nio.file.NoSuchFileException when a file is missing
    public static MiningResult mine(Path base, List<Path> corpus, MiningOptions options, JobContext ctx)
            throws IOException {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("no corpus file given");
        }
        return mine(base, MiningCorpus.text(corpus), options, ctx);
    }

    /// Mines `options.additions()` pieces for the tokenizer at `base` from weighted text and
    /// word-frequency lists (see [MiningCorpus]): a word of frequency `f` counts as `f` lines holding it.
    ///
    /// @throws org.vwb.vocab.CorpusFormatException also for a malformed word-frequency line (file and line named)
    public static MiningResult mine(Path base, MiningCorpus corpus, MiningOptions options, JobContext ctx)
            throws IOException {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(ctx, "ctx");
        ctx.progress().begin("opening the base tokenizer", -1);
        try (TokenizerEncoder encoder = TokenizerEncoder.open(base)) {
            return MiningRun.mine(encoder, corpus, options, ctx);
        }
    }

    /// Projects the token count of `corpus` once `candidates` (all of them) are added to the base at
    /// `base`: the rows are applied as continued merges in their order (a byte-fallback character row
    /// turns its byte tokens into one), inside the same segments mining uses. Use it on held-out text
    /// to estimate what a correct merge gives before building one.
    ///
    /// @throws IOException when a row's part is neither a base piece nor an earlier row, or a file is bad
    public static Projection project(Path base, List<Candidate> candidates, List<Path> corpus, int threads,
            JobContext ctx) throws IOException {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("no corpus file given");
        }
        try (TokenizerEncoder encoder = TokenizerEncoder.open(base)) {
            return org.vwb.vocab.mine.internal.ProjectionRun.project(encoder, List.copyOf(candidates), List.copyOf(corpus),
                    threads, ctx);
        }
    }
}
