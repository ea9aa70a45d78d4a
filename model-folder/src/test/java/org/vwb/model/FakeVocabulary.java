package org.vwb.model;

import java.util.ArrayList;
import java.util.List;

import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.Vocabulary;

/// A SentencePiece-like vocabulary made from pieces, for tests that must not depend on tokenizer files.
record FakeVocabulary(TokenizerKind kind, List<Token> tokens, boolean byteFallback) implements Vocabulary {

    static FakeVocabulary of(TokenizerKind kind, boolean byteFallback, String... pieces) {
        List<Token> tokens = new ArrayList<>();
        for (String p : pieces) {
            TokenKind k = p.startsWith("<0x") ? TokenKind.BYTE : TokenKind.NORMAL;
            tokens.add(new Token(tokens.size(), p, k, 0f));
        }
        return new FakeVocabulary(kind, List.copyOf(tokens), byteFallback);
    }

    @Override
    public int size() {
        return tokens.size();
    }

    @Override
    public String decodedText(Token token) {
        return token.kind() == TokenKind.BYTE ? "" : token.piece().replace('▁', ' ').replace("##", "");
    }
}
