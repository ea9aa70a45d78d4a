package org.vwb.vocab.mine.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.WordEncoding;
import org.vwb.vocab.internal.Scripts;

/// One worker's share of the corpus collapsed to a multiset of segments, plus the byte-fallback
/// characters it saw and the text statistics. Not thread-safe: each worker thread has its own.
public final class SegmentCounts implements Segmenter.Sink {
    final Map<IntSeq, long[]> segments = new HashMap<>();
    /// code point → {occurrences, byte tokens per occurrence}
    final Map<Integer, long[]> characters = new HashMap<>();
    long lines;
    long codePoints;
    long cjk;
    long tokens;

    private final TokenizerEncoder encoder;
    private final Segmenter segmenter;
    private int[] buffer = new int[256];

    /// A collector encoding with `encoder` and cutting with `segmenter`.
    public SegmentCounts(TokenizerEncoder encoder, Segmenter segmenter) {
        this.encoder = encoder;
        this.segmenter = segmenter;
    }

    /// Encodes `batch` and adds its segments.
    public void add(List<String> batch) {
        List<WordEncoding> encoded = encoder.encodeAllWords(batch);
        for (int i = 0; i < batch.size(); i++) {
            String line = batch.get(i);
            lines++;
            codePoints += line.codePointCount(0, line.length());
            cjk += Scripts.countCjk(line);
            WordEncoding e = encoded.get(i);
            tokens += e.ids().length;
            if (buffer.length < e.ids().length) {
                buffer = new int[Math.max(e.ids().length, buffer.length * 2)];
            }
            segmenter.split(e, buffer, this);
        }
    }

    @Override
    public void segment(int[] symbols, int length) {
        segments.computeIfAbsent(new IntSeq(java.util.Arrays.copyOf(symbols, length)), k -> new long[1])[0]++;
    }

    @Override
    public void character(int codePoint, int byteTokens) {
        long[] c = characters.computeIfAbsent(codePoint, k -> new long[] {0, byteTokens});
        c[0]++;
    }

    /// Adds `other`'s counts into this one.
    void absorb(SegmentCounts other) {
        other.segments.forEach((k, v) -> segments.merge(k, v, (a, b) -> {
            a[0] += b[0];
            return a;
        }));
        other.characters.forEach((k, v) -> characters.merge(k, v, (a, b) -> {
            a[0] += b[0];
            return a;
        }));
        lines += other.lines;
        codePoints += other.codePoints;
        cjk += other.cjk;
        tokens += other.tokens;
    }

    /// The sum of `parts` (the biggest one absorbs the others).
    static SegmentCounts sum(List<SegmentCounts> parts) {
        SegmentCounts total = parts.stream().max(java.util.Comparator.comparingInt(p -> p.segments.size())).orElseThrow();
        for (SegmentCounts p : parts) {
            if (p != total) {
                total.absorb(p);
            }
        }
        return total;
    }
}
