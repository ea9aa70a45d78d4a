package org.vwb.embedinit.eval.internal;

import java.util.BitSet;
import java.util.List;
import org.vwb.embedinit.TokenizerView;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;

/// The reduced tokenizer as strategies see it: held-out ids are holes (empty piece and text, kind
/// [TokenKind#UNUSED]), so that no method can read the held-out strings back from the base; encoding goes
/// to the reduced engine, which cannot produce them.
final class HoleView implements TokenizerView {
    private final TokenizerView reduced;
    private final BitSet holes;

    HoleView(TokenizerView reduced, BitSet holes) {
        this.reduced = reduced;
        this.holes = (BitSet) holes.clone();
    }

    @Override
    public TokenizerKind kind() {
        return reduced.kind();
    }

    @Override
    public int size() {
        return reduced.size();
    }

    @Override
    public String piece(int id) {
        return holes.get(id) ? "" : reduced.piece(id);
    }

    @Override
    public String text(int id) {
        return holes.get(id) ? "" : reduced.text(id);
    }

    @Override
    public TokenKind tokenKind(int id) {
        return holes.get(id) ? TokenKind.UNUSED : reduced.tokenKind(id);
    }

    @Override
    public int[] encode(String text) {
        return reduced.encode(text);
    }

    @Override
    public List<int[]> encodeAll(List<String> texts) {
        return reduced.encodeAll(texts);
    }
}
