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
    /// how many times the line being cut counts (a text corpus weight, or a word's frequency)
    private long weight = 1;

    /// A collector encoding with `encoder` and cutting with `segmenter`.
    public SegmentCounts(TokenizerEncoder encoder, Segmenter segmenter) {
        this.encoder = encoder;
        this.segmenter = segmenter;
    }

    /// Encodes `batch` and adds its segments, each line counted once.
    public void add(List<String> batch) {
        add(batch, null, 1);
    }

    /// Encodes `batch` and adds its segments, each line counted `weight` times.
    public void addWeighted(List<String> batch, long weight) {
        add(batch, null, weight);
    }

    /// Encodes `batch` and adds its segments, line `i` counted `weights[i]` times (a word-frequency list).
    public void addWeighted(List<String> batch, long[] weights) {
        add(batch, weights, 1);
    }

    private void add(List<String> batch, long[] weights, long uniform) {
        List<WordEncoding> encoded = encoder.encodeAllWords(batch);
        for (int i = 0; i < batch.size(); i++) {
            String line = batch.get(i);
            weight = weights == null ? uniform : weights[i];
            lines += weight;
            codePoints += weight * line.codePointCount(0, line.length());
            cjk += weight * Scripts.countCjk(line);
            WordEncoding e = encoded.get(i);
            tokens += weight * e.ids().length;
            if (buffer.length < e.ids().length) {
                buffer = new int[Math.max(e.ids().length, buffer.length * 2)];
            }
            segmenter.split(e, buffer, this);
        }
    }

    @Override
    public void segment(int[] symbols, int length) {
        segments.computeIfAbsent(new IntSeq(java.util.Arrays.copyOf(symbols, length)), k -> new long[1])[0] += weight;
    }

    @Override
    public void character(int codePoint, int byteTokens) {
        long[] c = characters.computeIfAbsent(codePoint, k -> new long[] {0, byteTokens});
        c[0] += weight;
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
