package org.vwb.vocab.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.edit.MergePair;
import org.vwb.vocab.internal.PieceText;

/// Decides which pieces and merges to append so that every candidate is produced by the tokenizer.
///
/// Every new piece gets a priority below every existing one (the next lower float score, or the next
/// merge rank), in candidate order. So base text that contains no new piece segments exactly as
/// before, and a piece's own derivation is never disturbed by pieces added after it (they rank below
/// each step of it). For each candidate the planner runs the merge loop on the candidate's text with
/// everything added so far; if it ends in two symbols, their merge is added; if it ends in more, an
/// intermediate piece for one adjacent pair is added first (a pair that is itself a later candidate
/// if there is one, else the leftmost), and the loop repeats.
final class MergePlanner {

    /// The planner's result.
    record Plan(List<PlannedPiece> pieces, List<MergePair> merges, int alreadyPresent, int partsCorrected,
            int mergesOnly, List<String> skipped) {
    }

    /// How far a new unigram piece's score lies above the best split of its text.
    static final double UNIGRAM_MARGIN = 0.1;

    private final BaseTokenizer base;
    private final Vocabulary baseVocab;
    private final BpeSegmenter baseSegmenter;
    private final BpeSegmenter segmenter;
    private final UnigramScorer unigram;
    private final UnigramScorer baseUnigram;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<PlannedPiece> pieces = new ArrayList<>();
    private final List<MergePair> merges = new ArrayList<>();
    private final Set<String> excluded;
    private final List<String> skipped = new ArrayList<>();
    private int nextId;
    private float nextScore;
    private int alreadyPresent;
    private int partsCorrected;
    private int mergesOnly;

    MergePlanner(BaseTokenizer base, Set<String> excluded) {
        this.base = base;
        this.baseVocab = base.vocabulary();
        this.baseSegmenter = base.segmenter();
        this.segmenter = base.segmenter();
        this.unigram = base.unigram() ? base.unigramScorer() : null;
        this.baseUnigram = base.unigram() ? base.unigramScorer() : null;
        this.excluded = excluded;
        for (Token t : baseVocab.tokens()) {
            ids.putIfAbsent(t.piece(), t.id());
        }
        if (base.json() != null) {
            base.json().vocabulary().tokens().forEach(t -> ids.putIfAbsent(t.piece(), t.id()));
        }
        this.nextId = base.nextId();
        float lowest = base.model() != null ? base.model().lowestNormalScore() : 0f;
        this.nextScore = Float.isNaN(lowest) ? 0f : Math.nextDown(lowest);
    }

    /// Plans the first `top` candidates (characters and intermediates they need come in addition).
    Plan plan(List<Candidate> all, int top) throws TokenizerFormatException {
        List<Candidate> candidates = all.subList(0, Math.min(top, all.size()));
        if (unigram != null) {
            // Unigram pieces are scored against the best split of their text, which a shorter piece added
            // later could tie (委员 + 会 against 委员会); shorter pieces first keeps each piece's own text
            // free of pieces added after it.
            candidates = new ArrayList<>(candidates);
            candidates.sort(java.util.Comparator.comparingInt(c -> c.piece().codePointCount(0, c.piece().length())));
        }
        Set<String> later = new HashSet<>();
        candidates.forEach(c -> later.add(c.piece()));
        for (Candidate c : candidates) {
            if (ids.containsKey(c.piece())) {
                // Counted once: a candidate added early (as a part of an earlier one) is not "present".
                alreadyPresent += ids.get(c.piece()) < base.nextId() ? 1 : 0;
                continue;
            }
            if (excluded.contains(c.piece())) {
                skipped.add(c.piece());
                continue;
            }
            checkParts(c);
            if (!add(c, later)) {
                skipped.add(c.piece());
            }
        }
        return new Plan(List.copyOf(pieces), List.copyOf(merges), alreadyPresent, partsCorrected, mergesOnly,
                List.copyOf(skipped));
    }

    private void checkParts(Candidate c) throws TokenizerFormatException {
        if (!c.hasParts()) {
            return;
        }
        for (String part : List.of(c.left(), c.right())) {
            // A single character the base lacks is fine: the planner adds it (not for byte-level BPE,
            // where every character is spelled by byte symbols).
            boolean addableChar = !base.byteLevel() && part.codePointCount(0, part.length()) == 1;
            if (!ids.containsKey(part) && !addableChar) {
                throw new TokenizerFormatException(Reason.MERGE_MISSING_PIECE, c.origin() + ": candidate '" + c.piece()
                        + "' names part '" + part + "', which is neither in the base vocabulary nor an earlier candidate");
            }
        }
    }

    /// Adds `c` and whatever it needs; false when it cannot be reached without an excluded piece.
    private boolean add(Candidate c, Set<String> later) {
        String piece = c.piece();
        if (!base.byteLevel()) {
            if (piece.codePointCount(0, piece.length()) == 1) {
                append(piece, null, PlannedPiece.Origin.CANDIDATE);
                return true;
            }
            addMissingCharacters(piece);
            if (unigram != null) {
                // Unigram has no merges: the piece's score alone makes it the best split of its text.
                append(piece, null, PlannedPiece.Origin.CANDIDATE);
                return true;
            }
        }
        while (true) {
            List<String> syms = segmenter.segment(piece);
            if (syms.size() == 1) {
                return ids.containsKey(piece);
            }
            if (syms.size() == 2) {
                if (c.hasParts() && !(syms.get(0).equals(c.left()) && syms.get(1).equals(c.right()))) {
                    partsCorrected++;
                }
                append(piece, new MergePair(syms.get(0), syms.get(1)), PlannedPiece.Origin.CANDIDATE);
                return true;
            }
            int pick = pickPair(syms, later);
            if (pick < 0) {
                return false;
            }
            String joined = syms.get(pick) + syms.get(pick + 1);
            MergePair pair = new MergePair(syms.get(pick), syms.get(pick + 1));
            if (ids.containsKey(joined)) {
                // An existing piece the base never reaches from these parts (byte-level BPE has many):
                // a merge is enough, no new id.
                segmenter.addMerge(pair.left(), pair.right());
                merges.add(pair);
                mergesOnly++;
                continue;
            }
            // A pair that is itself a later candidate is that candidate, added early.
            append(joined, pair, later.contains(joined) ? PlannedPiece.Origin.CANDIDATE : PlannedPiece.Origin.INTERMEDIATE);
        }
    }

    /// The adjacent pair to join next, best first: an existing piece that only lacks a merge (HF rules
    /// only), a later candidate, a new piece of whole characters, a new piece inside one character (byte
    /// level), then the leftmost pair. -1 when every pair is excluded.
    private int pickPair(List<String> syms, Set<String> later) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < syms.size(); i++) {
            String joined = syms.get(i) + syms.get(i + 1);
            if (excluded.contains(joined)) {
                continue;
            }
            int rank;
            if (ids.containsKey(joined)) {
                if (segmenter.rule() != BpeSegmenter.Rule.RANKS) {
                    continue; // a SentencePiece piece that did not merge is not a normal piece
                }
                rank = 0;
            } else if (later.contains(joined)) {
                rank = 1;
            } else if (base.wholeCharacters(joined)) {
                rank = 2;
            } else if (base.utf8Length(joined) <= 4) {
                rank = 3;
            } else {
                rank = 4;
            }
            if (rank < bestRank) {
                bestRank = rank;
                best = i;
            }
        }
        return best;
    }

    private void addMissingCharacters(String piece) {
        piece.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (!ids.containsKey(ch) && !ch.equals(PieceText.METASPACE)) {
                append(ch, null, PlannedPiece.Origin.CHARACTER);
            }
        });
    }

    private void append(String piece, MergePair merge, PlannedPiece.Origin origin) {
        List<Integer> baseIds = baseDecomposition(piece);
        int id = nextId++;
        float score;
        if (unigram != null) {
            score = unigramScore(piece);
            unigram.addPiece(piece, score);
        } else {
            score = nextScore;
            nextScore = Math.nextDown(nextScore);
        }
        ids.put(piece, id);
        segmenter.addPiece(piece, score);
        if (merge != null) {
            segmenter.addMerge(merge.left(), merge.right());
            merges.add(merge);
        }
        pieces.add(new PlannedPiece(piece, id, score, merge, origin, baseIds));
    }

    /// A unigram score for a new piece: a character gets the base's lowest score (10 above the unknown path); a
    /// longer piece beats the best split of its text by [#UNIGRAM_MARGIN], no more, so that it wins on its
    /// own text while taking as few characters from its neighbours as possible.
    private float unigramScore(String piece) {
        if (piece.codePointCount(0, piece.length()) == 1) {
            return baseUnigram.minScore(); // the base's, fixed: new pieces must not drag it down
        }
        return (float) (unigram.bestScore(piece) + UNIGRAM_MARGIN);
    }

    /// The base ids of `piece`: the base merge loop's symbols, byte pieces (or unk) for symbols the
    /// base does not have.
    private List<Integer> baseDecomposition(String piece) {
        List<Integer> out = new ArrayList<>();
        for (String sym : baseUnigram != null ? baseUnigram.segment(piece) : baseSegmenter.segment(piece)) {
            var id = baseVocab.idOf(sym);
            if (id.isPresent()) {
                out.add(id.getAsInt());
                continue;
            }
            boolean anyMissing = false;
            for (byte b : sym.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                var byteId = baseVocab.idOf(String.format("<0x%02X>", b & 0xFF));
                if (byteId.isPresent() && baseVocab.byteFallback()) {
                    out.add(byteId.getAsInt());
                } else {
                    anyMissing = true;
                }
            }
            if (anyMissing) {
                out.add(unkId());
            }
        }
        return List.copyOf(out);
    }

    private int unkId() {
        for (Token t : baseVocab.tokens()) {
            if (t.kind() == TokenKind.UNKNOWN) {
                return t.id();
            }
        }
        return 0;
    }
}
