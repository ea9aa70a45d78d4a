package org.vwb.vocab.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// SentencePiece unigram's Viterbi segmentation over one piece's text: the split with the highest sum of
/// piece scores, an unknown character costing the lowest score minus 10 (SentencePiece's unknown
/// penalty). A new piece becomes the tokenizer's choice for its own text when its score beats that sum.
final class UnigramScorer {

    /// SentencePiece's `kUnkPenalty`.
    static final float UNK_PENALTY = 10f;

    private final Map<String, Float> scores = new HashMap<>();
    private float minScore = Float.POSITIVE_INFINITY;
    private int maxLength = 1;

    void addPiece(String piece, float score) {
        scores.putIfAbsent(piece, score);
        minScore = Math.min(minScore, score);
        maxLength = Math.max(maxLength, piece.length());
    }

    boolean has(String piece) {
        return scores.containsKey(piece);
    }

    float minScore() {
        return minScore;
    }

    /// The best segmentation of `text`: pieces, or single unknown characters.
    List<String> segment(String text) {
        int n = text.length();
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - maxLength); start < end; start++) {
                if (best[start] == Double.NEGATIVE_INFINITY || Character.isLowSurrogate(text.charAt(start))) {
                    continue;
                }
                Float s = scores.get(text.substring(start, end));
                boolean oneChar = text.codePointCount(start, end) == 1;
                if (s == null && !oneChar) {
                    continue;
                }
                double v = best[start] + (s != null ? s : minScore - UNK_PENALTY);
                if (v > best[end]) {
                    best[end] = v;
                    from[end] = start;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            out.addFirst(text.substring(from[end], end));
        }
        return out;
    }

    /// The score of [#segment].
    double bestScore(String text) {
        double sum = 0;
        for (String p : segment(text)) {
            Float s = scores.get(p);
            sum += s != null ? s : minScore - UNK_PENALTY;
        }
        return sum;
    }
}
