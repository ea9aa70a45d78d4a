package org.vwb.embedinit;

import java.util.ArrayList;
import java.util.List;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;

/// A tokenizer view over a fixed piece list with greedy longest-match encoding (SentencePiece-style
/// `▁` word starts), for strategy tests that need no native engine.
public final class FakeTokenizer implements TokenizerView {

    private final List<String> pieces;
    private final List<TokenKind> kinds;

    public FakeTokenizer(List<String> pieces, List<TokenKind> kinds) {
        this.pieces = List.copyOf(pieces);
        this.kinds = List.copyOf(kinds);
    }

    /// Normal pieces only.
    public static FakeTokenizer of(String... pieces) {
        return new FakeTokenizer(List.of(pieces), java.util.Collections.nCopies(pieces.length, TokenKind.NORMAL));
    }

    @Override public TokenizerKind kind() { return TokenizerKind.SENTENCEPIECE_BPE; }
    @Override public int size() { return pieces.size(); }
    @Override public String piece(int id) { return pieces.get(id); }
    @Override public String text(int id) { return pieces.get(id).replace('▁', ' '); }
    @Override public TokenKind tokenKind(int id) { return kinds.get(id); }

    @Override
    public int[] encode(String text) {
        String s = text.replace(' ', '▁');
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int best = -1;
            int bestLen = 0;
            for (int id = 0; id < pieces.size(); id++) {
                String p = pieces.get(id);
                if (kinds.get(id) == TokenKind.NORMAL && p.length() > bestLen && s.startsWith(p, i)) {
                    best = id;
                    bestLen = p.length();
                }
            }
            if (best < 0) {
                i++;
                continue;
            }
            out.add(best);
            i += bestLen;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
