package org.vwb.vocab.mine.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.internal.ByteLevelAlphabet;
import org.vwb.vocab.internal.PieceText;

/// Symbols mining works with: base token ids `0 … V-1`, then characters the base covers only by byte
/// fallback, then merges, each with its spelling (as the base spells pieces) and its UTF-8 text bytes.
public final class SymbolTable {
    private final Vocabulary vocabulary;
    private final boolean byteLevel;
    private final int baseSize;
    private final String[] baseSpelling;
    private final byte[][] baseBytes;
    private final List<String> spellings = new ArrayList<>();
    private final List<byte[]> bytes = new ArrayList<>();

    /// A table over `vocabulary`; `byteLevel` says pieces are spelled in the GPT-2 byte alphabet.
    public SymbolTable(Vocabulary vocabulary, boolean byteLevel) {
        this.vocabulary = vocabulary;
        this.byteLevel = byteLevel;
        this.baseSize = vocabulary.size();
        this.baseSpelling = new String[baseSize];
        this.baseBytes = new byte[baseSize][];
        for (Token t : vocabulary.tokens()) {
            baseSpelling[t.id()] = t.piece();
            baseBytes[t.id()] = textBytes(t);
        }
    }

    private byte[] textBytes(Token t) {
        if (t.kind() == TokenKind.BYTE) {
            return new byte[] {(byte) PieceText.byteValue(t.piece())};
        }
        if (!byteLevel || t.kind() != TokenKind.NORMAL) {
            return vocabulary.decodedText(t).getBytes(StandardCharsets.UTF_8);
        }
        byte[] out = new byte[t.piece().length()];
        int n = 0;
        for (int i = 0; i < t.piece().length(); i++) {
            int b = ByteLevelAlphabet.byteOf(t.piece().charAt(i));
            if (b < 0) { // outside the alphabet: the piece is its own text
                return vocabulary.decodedText(t).getBytes(StandardCharsets.UTF_8);
            }
            out[n++] = (byte) b;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /// Number of base ids.
    public int baseSize() {
        return baseSize;
    }

    /// Number of symbols so far.
    public int size() {
        return baseSize + spellings.size();
    }

    /// Adds the byte-fallback character `codePoint`, spelled as itself.
    public int addCharacter(int codePoint) {
        String s = Character.toString(codePoint);
        return add(s, s.getBytes(StandardCharsets.UTF_8));
    }

    /// Adds the merge of `a` and `b`.
    public int addMerge(int a, int b) {
        byte[] ba = bytes(a);
        byte[] bb = bytes(b);
        byte[] joined = java.util.Arrays.copyOf(ba, ba.length + bb.length);
        System.arraycopy(bb, 0, joined, ba.length, bb.length);
        return add(spelling(a) + spelling(b), joined);
    }

    private int add(String spelling, byte[] text) {
        spellings.add(spelling);
        bytes.add(text);
        return size() - 1;
    }

    /// How symbol `id` is spelled.
    public String spelling(int id) {
        return id < baseSize ? baseSpelling[id] : spellings.get(id - baseSize);
    }

    /// The UTF-8 bytes symbol `id` stands for.
    public byte[] bytes(int id) {
        return id < baseSize ? baseBytes[id] : bytes.get(id - baseSize);
    }

    /// The text of `bytes`; incomplete UTF-8 sequences contribute nothing.
    public static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE)
                    .onUnmappableCharacter(CodingErrorAction.IGNORE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 decoding with IGNORE cannot fail", e);
        }
    }

    /// Whether the base vocabulary already has a piece spelled `spelling`.
    public boolean inBase(String spelling) {
        return vocabulary.idOf(spelling).isPresent();
    }
}
