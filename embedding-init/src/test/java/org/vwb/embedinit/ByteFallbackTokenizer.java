package org.vwb.embedinit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;

/// A SentencePiece-like test tokenizer: optional dummy `▁` prefix, greedy longest match over the normal
/// pieces, and byte fallback (`<0xNN>` pieces) for characters no piece covers.
final class ByteFallbackTokenizer implements TokenizerView {

    private final List<String> pieces = new ArrayList<>();
    private final List<TokenKind> kinds = new ArrayList<>();
    private final boolean dummyPrefix;

    /// `<unk>`, then the 256 byte pieces (ids 1–256), then `normal` from id 257.
    ByteFallbackTokenizer(boolean dummyPrefix, String... normal) {
        this.dummyPrefix = dummyPrefix;
        pieces.add("<unk>");
        kinds.add(TokenKind.UNKNOWN);
        for (int b = 0; b < 256; b++) {
            pieces.add(String.format("<0x%02X>", b));
            kinds.add(TokenKind.BYTE);
        }
        for (String p : normal) {
            pieces.add(p);
            kinds.add(TokenKind.NORMAL);
        }
    }

    int id(String piece) {
        int i = pieces.indexOf(piece);
        if (i < 0) {
            throw new IllegalArgumentException(piece);
        }
        return i;
    }

    @Override public TokenizerKind kind() { return TokenizerKind.SENTENCEPIECE_BPE; }
    @Override public int size() { return pieces.size(); }
    @Override public String piece(int id) { return pieces.get(id); }
    @Override public TokenKind tokenKind(int id) { return kinds.get(id); }

    @Override
    public String text(int id) {
        if (kinds.get(id) == TokenKind.BYTE) {
            int b = id - 1;
            return b < 0x80 ? String.valueOf((char) b) : "";
        }
        return pieces.get(id).replace('▁', ' ');
    }

    @Override
    public int[] encode(String text) {
        String s = (dummyPrefix ? "▁" : "") + text.replace(' ', '▁');
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int best = -1;
            int bestLen = 0;
            for (int id = 257; id < pieces.size(); id++) {
                String p = pieces.get(id);
                if (p.length() > bestLen && s.startsWith(p, i)) {
                    best = id;
                    bestLen = p.length();
                }
            }
            if (best >= 0) {
                out.add(best);
                i += bestLen;
                continue;
            }
            int cp = s.codePointAt(i);
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                out.add(1 + (b & 0xFF));
            }
            i += Character.charCount(cp);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
