package org.vwb.vocab.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Turns stored pieces back into the text they stand for, one rule per tokenizer family.
public final class PieceText {

    /// SentencePiece's whitespace marker, U+2581.
    public static final String METASPACE = "\u2581";

    private static final Pattern BYTE_PIECE = Pattern.compile("<0x([0-9A-Fa-f]{2})>");

    private PieceText() {
    }

    /// `▁` → space, as SentencePiece and metaspace-style HF tokenizers store whitespace.
    public static String metaspace(String piece) {
        return piece.replace(METASPACE, " ");
    }

    /// The byte value of a byte-fallback piece `<0xNN>`, or -1 when `piece` is not one.
    public static int byteValue(String piece) {
        Matcher m = BYTE_PIECE.matcher(piece);
        return m.matches() ? Integer.parseInt(m.group(1), 16) : -1;
    }

    /// A byte piece on its own is text only when it is a whole UTF-8 character (ASCII); a lead or
    /// continuation byte stands for no character by itself, so it decodes to "".
    public static String bytePiece(String piece) {
        int b = byteValue(piece);
        return b >= 0 && b < 0x80 ? String.valueOf((char) b) : "";
    }

    /// GPT-2 byte-level characters → bytes → UTF-8. Incomplete sequences (a piece holding part of a
    /// multi-byte character) contribute nothing; characters outside the alphabet pass through.
    public static String byteLevel(String piece) {
        ByteBuffer bytes = ByteBuffer.allocate(piece.length() * 4);
        StringBuilder out = new StringBuilder();
        piece.codePoints().forEach(cp -> {
            int b = ByteLevelAlphabet.byteOf(cp);
            if (b >= 0) {
                bytes.put((byte) b);
            } else {
                flush(bytes, out);
                out.appendCodePoint(cp);
            }
        });
        flush(bytes, out);
        return out.toString();
    }

    /// WordPiece: the continuation prefix (usually `##`) is dropped.
    public static String wordPiece(String piece, String continuingPrefix) {
        return !continuingPrefix.isEmpty() && piece.startsWith(continuingPrefix) && piece.length() > continuingPrefix.length()
                ? piece.substring(continuingPrefix.length()) : piece;
    }

    private static void flush(ByteBuffer bytes, StringBuilder out) {
        if (bytes.position() == 0) {
            return;
        }
        bytes.flip();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.IGNORE)
                .onUnmappableCharacter(CodingErrorAction.IGNORE);
        try {
            out.append(decoder.decode(bytes));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 decoding with IGNORE cannot fail", e);
        }
        bytes.clear();
    }
}
