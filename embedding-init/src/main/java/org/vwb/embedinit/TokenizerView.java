package org.vwb.embedinit;

import java.util.List;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.Vocabulary;

/// What a strategy may know about a tokenizer: its entries and an encoder. Strategies see the base
/// tokenizer (the model's) and the target tokenizer (the expanded one) through this view, so that the
/// reconstruction benchmark can hand them a base with held-out tokens made unreachable.
public interface TokenizerView {

    /// The tokenizer's shape (word-boundary markers differ: `▁` SentencePiece, `Ġ` byte-level, `##` WordPiece).
    TokenizerKind kind();

    /// Number of ids.
    int size();

    /// The stored piece of `id` (markers kept), or the empty string for a hole in the id range.
    String piece(int id);

    /// The text of `id` (markers undone, a word start as a leading space; byte pieces that are not a whole
    /// character give the empty string).
    String text(int id);

    /// The kind of `id` ([TokenKind#UNUSED] for a hole).
    TokenKind tokenKind(int id);

    /// The ids of `text` (no special tokens added).
    int[] encode(String text);

    /// Encodes many texts; engines may spread the batch over cores.
    default List<int[]> encodeAll(List<String> texts) {
        return texts.stream().map(this::encode).toList();
    }

    /// A view of a real tokenizer (the native engine and its vocabulary file).
    static TokenizerView of(TokenizerEncoder encoder) {
        Vocabulary v = encoder.vocabulary();
        int n = v.size();
        String[] pieces = new String[n];
        String[] texts = new String[n];
        TokenKind[] kinds = new TokenKind[n];
        for (Token t : v.tokens()) {
            pieces[t.id()] = t.piece();
            texts[t.id()] = v.decodedText(t);
            kinds[t.id()] = t.kind();
        }
        TokenizerKind kind = v.kind();
        return new TokenizerView() {
            @Override public TokenizerKind kind() { return kind; }
            @Override public int size() { return n; }
            @Override public String piece(int id) { return pieces[id] == null ? "" : pieces[id]; }
            @Override public String text(int id) { return texts[id] == null ? "" : texts[id]; }
            @Override public TokenKind tokenKind(int id) { return kinds[id] == null ? TokenKind.UNUSED : kinds[id]; }
            @Override public int[] encode(String text) { return encoder.encode(text); }
            @Override public List<int[]> encodeAll(List<String> texts) { return encoder.encodeAll(texts); }
        };
    }
}
