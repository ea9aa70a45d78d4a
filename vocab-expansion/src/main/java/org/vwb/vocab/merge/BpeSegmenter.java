package org.vwb.vocab.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// A BPE merge loop over one piece's text, with the priorities of the tokenizer being edited, so the
/// planner can see which pair the real tokenizer arrives at before it adds a merge.
///
/// Two priority rules, as the two engines have them: SentencePiece BPE merges the adjacent pair whose
/// concatenation is a normal piece with the highest score; HF BPE merges the adjacent pair with the
/// lowest rank in `model.merges`. Ties go to the leftmost pair in both. Initial symbols are the
/// piece's code points (for byte-level BPE these are GPT-2 byte characters).
final class BpeSegmenter {

    /// Which priority rule applies.
    enum Rule { SCORES, RANKS }

    private final Rule rule;
    private final Map<String, Float> scores = new HashMap<>();
    private final Map<String, Integer> ranks = new HashMap<>();

    BpeSegmenter(Rule rule) {
        this.rule = rule;
    }

    Rule rule() {
        return rule;
    }

    /// A normal piece and its score (SCORES rule).
    void addPiece(String piece, float score) {
        scores.putIfAbsent(piece, score);
    }

    /// A merge with the next rank (RANKS rule); returns false when the pair was already a merge.
    boolean addMerge(String left, String right) {
        return ranks.putIfAbsent(key(left, right), ranks.size()) == null;
    }

    boolean hasMerge(String left, String right) {
        return ranks.containsKey(key(left, right));
    }

    /// The symbols `piece` ends as when nothing more merges.
    List<String> segment(String piece) {
        List<String> syms = new ArrayList<>();
        piece.codePoints().forEach(cp -> syms.add(new String(Character.toChars(cp))));
        while (syms.size() > 1) {
            int best = -1;
            double bestPriority = Double.NEGATIVE_INFINITY;
            for (int i = 0; i + 1 < syms.size(); i++) {
                double p = priority(syms.get(i), syms.get(i + 1));
                if (p > bestPriority) {
                    bestPriority = p;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            syms.set(best, syms.get(best) + syms.get(best + 1));
            syms.remove(best + 1);
        }
        return syms;
    }

    private double priority(String left, String right) {
        if (rule == Rule.SCORES) {
            Float s = scores.get(left + right);
            return s == null ? Double.NEGATIVE_INFINITY : s;
        }
        Integer r = ranks.get(key(left, right));
        return r == null ? Double.NEGATIVE_INFINITY : -r;
    }

    private static String key(String left, String right) {
        return left + '\u0000' + right;
    }
}
