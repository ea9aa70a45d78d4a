package org.vwb.vocab.mine.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vwb.common.JobContext;
import org.vwb.vocab.CorpusFormatException;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.WordEncoding;
import org.vwb.vocab.internal.CorpusBatches;
import org.vwb.vocab.internal.Scripts;
import org.vwb.vocab.mine.Candidate;
import org.vwb.vocab.mine.Projection;
import org.vwb.vocab.mine.Script;

/// Applies candidate rows to a corpus as continued BPE (lowest rank first, inside segments) and counts
/// tokens, without building a new tokenizer: a projection of what a correct merge gives.
public final class ProjectionRun {
    private static final int BATCH_CHARS = 1 << 16;

    private ProjectionRun() {
    }

    /// Projects `candidates` (all of them, in order) onto `corpus`.
    public static Projection project(TokenizerEncoder encoder, List<Candidate> candidates, List<Path> corpus, int threads,
            JobContext ctx) throws IOException {
        boolean byteLevel = encoder.vocabulary().kind() == TokenizerKind.HF_BYTE_LEVEL_BPE;
        SymbolTable symbols = new SymbolTable(encoder.vocabulary(), byteLevel);
        Segmenter segmenter = new Segmenter(encoder.vocabulary(), symbols, byteLevel, Script.ANY);
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, Long> savedPerChar = new HashMap<>(); // code point → tokens saved per occurrence (filled below)
        Map<Long, int[]> ranks = new HashMap<>(); // (left, right) → {rank, merged}
        for (int rank = 0; rank < candidates.size(); rank++) {
            Candidate c = candidates.get(rank);
            if (c.isCharacter()) {
                int cp = c.piece().codePointAt(0);
                ids.put(c.piece(), -(cp + 1));
                savedPerChar.put(cp, 0L);
                continue;
            }
            int l = idOf(c.left(), ids, encoder);
            int r = idOf(c.right(), ids, encoder);
            int merged = symbols.size() + rank; // fresh ids, never base ids
            ids.put(c.piece(), merged);
            ranks.putIfAbsent(key(l, r), new int[] {rank, merged});
        }
        CorpusBatches.Result<Tally> read = CorpusBatches.run(corpus, threads, BATCH_CHARS,
                () -> new Tally(encoder, segmenter, ranks, savedPerChar.keySet()), Tally::add, ctx.progress(),
                ctx.cancellation());
        if (read.lines() == 0) {
            throw new CorpusFormatException(CorpusFormatException.Reason.EMPTY, corpus + ": the corpus holds no text");
        }
        long lines = 0, chars = 0, cjk = 0, base = 0, saved = 0, changed = 0;
        for (Tally t : read.states()) {
            lines += t.lines;
            chars += t.chars;
            cjk += t.cjk;
            base += t.base;
            saved += t.saved;
            changed += t.changed;
        }
        return new Projection(lines, chars, cjk, base, base - saved, changed);
    }

    private static int idOf(String piece, Map<String, Integer> ids, TokenizerEncoder encoder) throws IOException {
        Integer id = ids.get(piece);
        if (id != null) {
            return id;
        }
        var base = encoder.vocabulary().idOf(piece);
        if (base.isEmpty()) {
            throw new IOException("candidate part '" + piece + "' is neither a base piece nor an earlier row");
        }
        return base.getAsInt();
    }

    private static long key(int a, int b) {
        return ContinuedBpe.key(a, b);
    }

    /// One worker's counts.
    static final class Tally implements Segmenter.Sink {
        private final TokenizerEncoder encoder;
        private final Segmenter segmenter;
        private final Map<Long, int[]> ranks;
        private final java.util.Set<Integer> characters;
        private int[] buffer = new int[256];
        long lines, chars, cjk, base, saved, changed;
        private long savedInLine;

        Tally(TokenizerEncoder encoder, Segmenter segmenter, Map<Long, int[]> ranks, java.util.Set<Integer> characters) {
            this.encoder = encoder;
            this.segmenter = segmenter;
            this.ranks = ranks;
            this.characters = characters;
        }

        void add(List<String> batch) {
            List<WordEncoding> encoded = encoder.encodeAllWords(batch);
            for (int i = 0; i < batch.size(); i++) {
                String line = batch.get(i);
                lines++;
                chars += line.codePointCount(0, line.length());
                cjk += Scripts.countCjk(line);
                WordEncoding e = encoded.get(i);
                base += e.ids().length;
                if (buffer.length < e.ids().length) {
                    buffer = new int[Math.max(e.ids().length, 2 * buffer.length)];
                }
                savedInLine = 0;
                segmenter.split(e, buffer, this);
                saved += savedInLine;
                if (savedInLine > 0) {
                    changed++;
                }
            }
        }

        @Override
        public void character(int codePoint, int byteTokens) {
            if (characters.contains(codePoint)) {
                savedInLine += byteTokens - 1;
            }
        }

        @Override
        public void segment(int[] symbols, int length) {
            int[] s = java.util.Arrays.copyOf(symbols, length);
            int n = length;
            while (n > 1) {
                int best = Integer.MAX_VALUE;
                int merged = 0;
                int left = 0;
                int right = 0;
                for (int i = 0; i + 1 < n; i++) {
                    int[] r = ranks.get(key(s[i], s[i + 1]));
                    if (r != null && r[0] < best) {
                        best = r[0];
                        merged = r[1];
                        left = s[i];
                        right = s[i + 1];
                    }
                }
                if (best == Integer.MAX_VALUE) {
                    return;
                }
                int out = 0;
                for (int i = 0; i < n; ) {
                    if (i + 1 < n && s[i] == left && s[i + 1] == right) {
                        s[out++] = merged;
                        i += 2;
                        savedInLine++;
                    } else {
                        s[out++] = s[i++];
                    }
                }
                n = out;
            }
        }
    }
}
