package org.vwb.vocab.mine.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vwb.common.JobContext;
import org.vwb.vocab.CorpusFormatException;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.internal.CorpusBatches;
import org.vwb.vocab.internal.Scripts;
import org.vwb.vocab.mine.Candidate;
import org.vwb.vocab.mine.MiningCorpus;
import org.vwb.vocab.mine.MiningOptions;
import org.vwb.vocab.mine.MiningResult;
import org.vwb.vocab.mine.MiningStats;
import org.vwb.vocab.mine.Script;

/// One mining run: encode the corpus into a segment multiset, continue BPE, rank the rows.
public final class MiningRun {
    private static final int BATCH_CHARS = 1 << 16;

    private MiningRun() {
    }

    /// Mines on `corpus` with the tokenizer `encoder` (left open for the caller to close).
    public static MiningResult mine(TokenizerEncoder encoder, MiningCorpus corpus, MiningOptions options, JobContext ctx)
            throws IOException {
        TokenizerKind kind = encoder.vocabulary().kind();
        if (kind == TokenizerKind.HF_WORDPIECE || kind == TokenizerKind.HF_WORDLEVEL) {
            throw new TokenizerFormatException(TokenizerFormatException.Reason.UNKNOWN_MODEL_TYPE, encoder.source()
                    + ": a " + kind + " tokenizer has no merges to continue; mining needs BPE or unigram");
        }
        boolean byteLevel = kind == TokenizerKind.HF_BYTE_LEVEL_BPE;
        SymbolTable symbols = new SymbolTable(encoder.vocabulary(), byteLevel);
        Segmenter segmenter = new Segmenter(encoder.vocabulary(), symbols, byteLevel, options.script());
        for (Path f : corpus.wordFrequencies()) { // fail on a missing file before the long text pass
            if (!java.nio.file.Files.isRegularFile(f)) {
                throw new java.nio.file.NoSuchFileException(f.toString());
            }
        }
        List<SegmentCounts> parts = new ArrayList<>();
        if (!corpus.text().isEmpty()) {
            long w = corpus.textWeight();
            parts.addAll(CorpusBatches.run(corpus.text(), options.threads(), BATCH_CHARS,
                    () -> new SegmentCounts(encoder, segmenter), (c, batch) -> c.addWeighted(batch, w),
                    ctx.progress(), ctx.cancellation()).states());
        }
        SegmentCounts listed = new SegmentCounts(encoder, segmenter);
        for (Path f : corpus.wordFrequencies()) {
            WordFrequencyReader.read(f, listed, ctx);
        }
        parts.add(listed);
        ctx.progress().begin("collecting segments", -1);
        SegmentCounts total = SegmentCounts.sum(parts);
        ctx.cancellation().check(); // a cancelled read leaves the counts empty: that is not an empty corpus
        if (total.lines == 0) {
            List<Path> all = new ArrayList<>(corpus.text());
            all.addAll(corpus.wordFrequencies());
            throw new CorpusFormatException(CorpusFormatException.Reason.EMPTY, String.join(", ",
                    all.stream().map(Path::toString).toList()) + ": the corpus holds no text (empty or blank files)");
        }
        ctx.cancellation().check();
        Map<Integer, Integer> charIds = new TreeMap<>();
        new TreeMap<>(total.characters).keySet().forEach(cp -> charIds.put(cp, symbols.addCharacter(cp)));
        int[][] words = new int[total.segments.size()][];
        long[] counts = new long[words.length];
        long symbolCount = 0;
        int w = 0;
        for (var e : total.segments.entrySet()) {
            int[] s = e.getKey().values;
            for (int i = 0; i < s.length; i++) {
                if (s[i] < 0) {
                    s[i] = charIds.get(-s[i] - 1);
                }
            }
            words[w] = s;
            counts[w++] = e.getValue()[0];
            symbolCount += (long) s.length * e.getValue()[0];
        }
        int distinct = words.length;
        total.segments.clear();
        ContinuedBpe bpe = new ContinuedBpe(words, counts);
        PieceFilter filter = new PieceFilter(encoder, symbols, byteLevel, options);
        List<ContinuedBpe.Merge> merges = bpe.run(options.additions(), options.minFrequency(), filter,
                symbols::addMerge, ctx.progress(), ctx.cancellation());
        ctx.progress().begin("ranking candidates", -1);
        List<Candidate> rows = new ArrayList<>();
        charIds.forEach((cp, id) -> {
            long[] c = total.characters.get(cp);
            if (c[0] >= options.minFrequency()) {
                String s = symbols.spelling(id);
                rows.add(new Candidate(s, s, c[0], c[0] * (c[1] - 1), "", ""));
            }
        });
        for (ContinuedBpe.Merge m : merges) {
            if (m.saved() >= options.minFrequency()) {
                rows.add(new Candidate(symbols.spelling(m.symbol()), SymbolTable.text(symbols.bytes(m.symbol())),
                        m.saved(), m.saved(), symbols.spelling(m.left()), symbols.spelling(m.right())));
            }
        }
        List<Candidate> ranked = CandidateOrder.rank(rows, symbols::inBase);
        List<Candidate> top = ranked.subList(0, Math.min(options.additions(), ranked.size()));
        MiningStats stats = new MiningStats(total.lines, total.codePoints, total.cjk, total.tokens, distinct, symbolCount,
                merges.size(), charIds.size());
        return new MiningResult(encoder.source(), byteLevel, top, stats);
    }

    /// Whether a merged piece qualifies: new, in the script, short enough, not one base token already.
    private record PieceFilter(TokenizerEncoder encoder, SymbolTable symbols, boolean byteLevel, MiningOptions options)
            implements ContinuedBpe.PairFilter {
        @Override
        public boolean allows(int a, int b) {
            String spelling = symbols.spelling(a) + symbols.spelling(b);
            if (symbols.inBase(spelling)) {
                return false;
            }
            byte[] ba = symbols.bytes(a);
            byte[] bb = symbols.bytes(b);
            byte[] bytes = java.util.Arrays.copyOf(ba, ba.length + bb.length);
            System.arraycopy(bb, 0, bytes, ba.length, bb.length);
            String text = SymbolTable.text(bytes);
            boolean complete = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length == bytes.length;
            if (options.script() == Script.CJK && !(byteLevel ? Scripts.cjkBytes(bytes) : Scripts.allCjk(text))) {
                return false;
            }
            if (options.script() == Script.CJK_PUNCTUATION && !(byteLevel ? Scripts.cjkBytesAfterSpace(bytes, false)
                    : Scripts.cjkWithPunctuation(text, false))) {
                return false;
            }
            if (options.script() == Script.CJK_WORD_START && !(byteLevel ? Scripts.cjkBytesAfterSpace(bytes, false)
                    : Scripts.cjkAfterSpace(text, false))) {
                return false;
            }
            int chars = complete ? text.codePointCount(0, text.length()) : Scripts.charCount(bytes);
            if (chars > options.maxPieceChars()) {
                return false;
            }
            return !(options.excludeExisting() && complete && !text.isBlank()
                    && encoder.encode(text.strip()).length == 1);
        }
    }
}
