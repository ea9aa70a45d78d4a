package org.vwb.vocab.fertility.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.vwb.common.JobContext;
import org.vwb.vocab.CorpusFormatException;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.fertility.FertilityStats;
import org.vwb.vocab.fertility.PieceCount;
import org.vwb.vocab.internal.CorpusBatches;
import org.vwb.vocab.internal.Scripts;

/// One tokenizer over one corpus: per-thread tallies, summed at the end.
public final class FertilityRun {
    private static final int BATCH_CHARS = 1 << 16;

    private FertilityRun() {
    }

    /// Counts tokens of `corpus` encoded by `encoder`.
    public static FertilityStats measure(TokenizerEncoder encoder, List<Path> corpus, int threads, int top, JobContext ctx)
            throws IOException {
        FertilityStats stats = measure(encoder, corpus, 0, threads, top, ctx);
        if (stats.lines() == 0) {
            throw new CorpusFormatException(CorpusFormatException.Reason.EMPTY, String.join(", ",
                    corpus.stream().map(Path::toString).toList()) + ": the corpus holds no text (empty or blank files)");
        }
        return stats;
    }

    /// Counts tokens of the lines of `corpus` after the first `skipLines` non-blank ones (none left: all
    /// counts 0).
    public static FertilityStats measure(TokenizerEncoder encoder, List<Path> corpus, long skipLines, int threads, int top,
            JobContext ctx) throws IOException {
        Vocabulary v = encoder.vocabulary();
        boolean[] isByte = new boolean[v.size()];
        for (Token t : v.tokens()) {
            isByte[t.id()] = t.kind() == TokenKind.BYTE;
        }
        CorpusBatches.Result<Tally> read = CorpusBatches.run(corpus, skipLines, threads, BATCH_CHARS,
                () -> new Tally(v.size()), (tally, lines) -> tally.add(encoder, isByte, lines), ctx.progress(),
                ctx.cancellation());
        Tally sum = new Tally(v.size());
        read.states().forEach(sum::absorb);
        return sum.toStats(encoder, top);
    }

    /// Counts of one worker.
    static final class Tally {
        final long[] perId;
        long lines;
        long characters;
        long cjk;
        long tokens;
        long words;
        long wordTokens;
        long byteTokens;

        Tally(int size) {
            perId = new long[size];
        }

        void add(TokenizerEncoder encoder, boolean[] isByte, List<String> batch) {
            List<int[]> encoded = encoder.encodeAll(batch);
            for (int i = 0; i < batch.size(); i++) {
                String line = batch.get(i);
                int[] ids = encoded.get(i);
                lines++;
                characters += line.codePointCount(0, line.length());
                int c = Scripts.countCjk(line);
                cjk += c;
                tokens += ids.length;
                if (c == 0) {
                    words += line.strip().split("\\s+").length;
                    wordTokens += ids.length;
                }
                for (int id : ids) {
                    perId[id]++;
                    if (isByte[id]) {
                        byteTokens++;
                    }
                }
            }
        }

        void absorb(Tally o) {
            for (int i = 0; i < perId.length; i++) {
                perId[i] += o.perId[i];
            }
            lines += o.lines;
            characters += o.characters;
            cjk += o.cjk;
            tokens += o.tokens;
            words += o.words;
            wordTokens += o.wordTokens;
            byteTokens += o.byteTokens;
        }

        FertilityStats toStats(TokenizerEncoder encoder, int top) {
            Vocabulary v = encoder.vocabulary();
            int used = 0;
            List<PieceCount> usedList = new ArrayList<>();
            List<PieceCount> unused = new ArrayList<>();
            for (Token t : v.tokens()) {
                long n = perId[t.id()];
                if (n > 0) {
                    used++;
                    usedList.add(new PieceCount(t.id(), t.piece(), v.decodedText(t), n));
                } else if (t.kind() == TokenKind.NORMAL && unused.size() < top) {
                    unused.add(new PieceCount(t.id(), t.piece(), v.decodedText(t), 0));
                }
            }
            usedList.sort(Comparator.comparingLong(PieceCount::count).reversed().thenComparingInt(PieceCount::id));
            return new FertilityStats(encoder.source(), v.kind(), v.size(), lines, characters, cjk, tokens, words,
                    wordTokens, byteTokens, used, usedList.subList(0, Math.min(top, usedList.size())), unused);
        }
    }
}
