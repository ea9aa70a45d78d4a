package org.vwb.vocab.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.Vocabulary;

/// An immutable vocabulary as the readers build it: tokens sorted by id plus the rule that turns a
/// stored piece back into text.
public final class DefaultVocabulary implements Vocabulary {

    /// How stored pieces encode their text.
    public enum Decoding {
        /// SentencePiece and metaspace-style HF models: `▁` is a space, `<0xNN>` a byte.
        METASPACE,
        /// GPT-2 byte-level alphabet.
        BYTE_LEVEL,
        /// WordPiece: a continuation prefix marks pieces inside a word.
        WORDPIECE,
        /// Pieces are the text itself (WordLevel).
        PLAIN
    }

    private final TokenizerKind kind;
    private final List<Token> tokens;
    private final boolean byteFallback;
    private final Decoding decoding;
    private final String continuingPrefix;
    private final Map<String, Integer> idsByPiece = new HashMap<>();

    /// Creates the vocabulary; `tokens` need not be sorted.
    public DefaultVocabulary(TokenizerKind kind, List<Token> tokens, boolean byteFallback, Decoding decoding,
            String continuingPrefix) {
        this.kind = kind;
        List<Token> sorted = new ArrayList<>(tokens);
        sorted.sort(Comparator.comparingInt(Token::id));
        this.tokens = List.copyOf(sorted);
        this.byteFallback = byteFallback;
        this.decoding = decoding;
        this.continuingPrefix = continuingPrefix == null ? "" : continuingPrefix;
        for (Token t : this.tokens) {
            idsByPiece.putIfAbsent(t.piece(), t.id());
        }
    }

    @Override
    public TokenizerKind kind() {
        return kind;
    }

    @Override
    public int size() {
        return tokens.isEmpty() ? 0 : tokens.getLast().id() + 1;
    }

    @Override
    public List<Token> tokens() {
        return tokens;
    }

    @Override
    public boolean byteFallback() {
        return byteFallback;
    }

    @Override
    public OptionalInt idOf(String piece) {
        Integer id = idsByPiece.get(piece);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    @Override
    public String decodedText(Token token) {
        return switch (token.kind()) {
            // Control, unknown and added tokens stand for themselves: they are never spelled by pieces.
            case CONTROL, UNKNOWN, ADDED -> token.piece();
            case BYTE -> PieceText.bytePiece(token.piece());
            case NORMAL, USER_DEFINED, UNUSED -> decodeNormal(token.piece());
        };
    }

    private String decodeNormal(String piece) {
        return switch (decoding) {
            case METASPACE -> PieceText.metaspace(continuingPrefix.isEmpty() ? piece : PieceText.wordPiece(piece, continuingPrefix));
            case BYTE_LEVEL -> PieceText.byteLevel(piece);
            case WORDPIECE -> PieceText.wordPiece(piece, continuingPrefix);
            case PLAIN -> piece;
        };
    }

    @Override
    public String toString() {
        return kind + " vocabulary of " + size() + " ids" + (byteFallback ? " with byte fallback" : "");
    }

    /// Counts of each kind, for messages and tests.
    public Map<TokenKind, Integer> kindCounts() {
        Map<TokenKind, Integer> counts = new java.util.EnumMap<>(TokenKind.class);
        tokens.forEach(t -> counts.merge(t.kind(), 1, Integer::sum));
        return counts;
    }
}
