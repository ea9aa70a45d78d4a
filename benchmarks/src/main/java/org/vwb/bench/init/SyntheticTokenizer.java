package org.vwb.bench.init;

import java.util.HashMap;
import java.util.Map;
import org.vwb.embedinit.TokenizerView;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;

/// A SentencePiece-shaped vocabulary of word-start pieces `▁<word>` whose encoder is a map lookup:
/// `" " + word` is that piece's id, anything else nothing. It isolates the strategy's own cost from a real
/// tokenizer's (which `vwb` runs natively and in batches).
final class SyntheticTokenizer implements TokenizerView {

    private final String[] words;
    private final Map<String, Integer> ids = new HashMap<>();

    SyntheticTokenizer(String[] words) {
        this.words = words.clone();
        for (int i = 0; i < words.length; i++) {
            ids.put(words[i], i);
        }
    }

    @Override public TokenizerKind kind() { return TokenizerKind.SENTENCEPIECE_BPE; }
    @Override public int size() { return words.length; }
    @Override public String piece(int id) { return "▁" + words[id]; }
    @Override public String text(int id) { return " " + words[id]; }
    @Override public TokenKind tokenKind(int id) { return TokenKind.NORMAL; }

    @Override
    public int[] encode(String text) {
        Integer id = text.startsWith(" ") ? ids.get(text.substring(1)) : null;
        return id == null ? new int[0] : new int[] {id};
    }
}
