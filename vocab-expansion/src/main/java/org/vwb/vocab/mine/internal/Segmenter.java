package org.vwb.vocab.mine.internal;

import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.WordEncoding;
import org.vwb.vocab.internal.PieceText;
import org.vwb.vocab.internal.Scripts;
import org.vwb.vocab.mine.Script;

/// Cuts one encoded text into mergeable segments of symbols: a segment never spans a word boundary
/// (a `▁`-initial piece, or a change of the pre-tokenizer's word index) nor a control or unknown token,
/// and with [Script#CJK] also not a symbol outside the script ([Script#CJK_WORD_START] keeps a segment's
/// opening space). A byte-fallback run that spells one UTF-8
/// character becomes one character symbol, coded `-(codePoint + 1)` until [SegmentCounts] renumbers it.
public final class Segmenter {
    private static final byte NORMAL = 0;
    private static final byte BYTE = 1;
    private static final byte SEPARATOR = 2;

    /// Receives segments (length ≥ 2) and byte-fallback characters.
    public interface Sink {
        /// A segment of two or more symbols.
        void segment(int[] symbols, int length);

        /// A byte-fallback character that qualifies, and the number of byte tokens it took.
        void character(int codePoint, int byteTokens);
    }

    private final byte[] kind;
    private final int[] byteValue;
    private final boolean[] wordStart;
    private final boolean[] eligible;
    private final boolean groupBytes;
    private final Script script;

    /// A segmenter for the base `vocabulary` (symbol texts from `symbols`).
    public Segmenter(Vocabulary vocabulary, SymbolTable symbols, boolean byteLevel, Script script) {
        int v = vocabulary.size();
        this.kind = new byte[v];
        this.byteValue = new int[v];
        this.wordStart = new boolean[v];
        this.eligible = new boolean[v];
        this.script = script;
        this.groupBytes = vocabulary.byteFallback() && !byteLevel;
        java.util.Arrays.fill(kind, SEPARATOR);
        for (Token t : vocabulary.tokens()) {
            int id = t.id();
            kind[id] = switch (t.kind()) {
                case NORMAL, USER_DEFINED -> NORMAL;
                case BYTE -> groupBytes ? BYTE : SEPARATOR;
                default -> SEPARATOR;
            };
            byteValue[id] = t.kind() == TokenKind.BYTE ? PieceText.byteValue(t.piece()) : -1;
            wordStart[id] = !byteLevel && t.piece().startsWith(PieceText.METASPACE);
            byte[] text = symbols.bytes(id);
            eligible[id] = switch (script) {
                case ANY -> true;
                case CJK -> byteLevel ? Scripts.cjkBytes(text) : Scripts.allCjk(SymbolTable.text(text));
                // a space-initial symbol can only open a segment: it is a word start (SentencePiece) or
                // the first symbol of a pre-tokenized word (byte level)
                case CJK_PUNCTUATION -> byteLevel ? Scripts.cjkBytesAfterSpace(text, true)
                        : Scripts.cjkWithPunctuation(SymbolTable.text(text), true);
                case CJK_WORD_START -> byteLevel ? Scripts.cjkBytesAfterSpace(text, true)
                        : Scripts.cjkAfterSpace(SymbolTable.text(text), true);
            };
        }
    }

    /// Feeds the segments of `e` to `sink`; `buffer` must hold at least `e.ids().length` ints.
    public void split(WordEncoding e, int[] buffer, Sink sink) {
        int[] ids = e.ids();
        int[] words = e.wordIds();
        int len = 0;
        int word = Integer.MIN_VALUE;
        for (int i = 0; i < ids.length; ) {
            int id = ids[i];
            boolean boundary = words[i] != word || wordStart[id];
            word = words[i];
            if (boundary) {
                len = flush(buffer, len, sink);
            }
            if (kind[id] == BYTE) {
                int n = utf8Run(ids, i);
                if (n > 0) {
                    int cp = codePoint(ids, i, n);
                    if (script == Script.ANY || Scripts.isCjk(cp)
                            || script == Script.CJK_PUNCTUATION && Scripts.isCjkPunctuation(cp)) {
                        sink.character(cp, n);
                        buffer[len++] = -(cp + 1);
                    } else {
                        len = flush(buffer, len, sink);
                    }
                    i += n;
                    continue;
                }
                len = flush(buffer, len, sink);
            } else if (kind[id] == NORMAL && eligible[id]) {
                buffer[len++] = id;
            } else {
                len = flush(buffer, len, sink);
            }
            i++;
        }
        flush(buffer, len, sink);
    }

    private static int flush(int[] buffer, int len, Sink sink) {
        if (len >= 2) {
            sink.segment(buffer, len);
        }
        return 0;
    }

    /// Length of the byte-token run at `i` that spells one UTF-8 character, or 0.
    private int utf8Run(int[] ids, int i) {
        int lead = byteValue[ids[i]];
        int n = lead < 0x80 ? 1 : lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
        if (n == 0 || i + n > ids.length) {
            return 0;
        }
        for (int j = 1; j < n; j++) {
            int b = kind[ids[i + j]] == BYTE ? byteValue[ids[i + j]] : -1;
            if ((b & 0xC0) != 0x80 || b < 0) {
                return 0;
            }
        }
        return n;
    }

    private int codePoint(int[] ids, int i, int n) {
        byte[] b = new byte[n];
        for (int j = 0; j < n; j++) {
            b[j] = (byte) byteValue[ids[i + j]];
        }
        return new String(b, java.nio.charset.StandardCharsets.UTF_8).codePointAt(0);
    }
}
