package org.vwb.embedinit.eval.internal;

import java.util.BitSet;
import java.util.List;
import org.vwb.embedinit.TokenizerView;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;

/// The reduced tokenizer as strategies see it: held-out ids are holes (empty piece and text, kind
/// [TokenKind#UNUSED]), so that no method can read the held-out strings back from the base; encoding goes
/// to the reduced engine, which cannot produce them. Encoding after the benchmark has closed the engine
/// fails with an [IllegalStateException] rather than reaching freed native memory.
final class HoleView implements TokenizerView {
    private final ReducedTokenizer owner;
    private final TokenizerView reduced;
    private final BitSet holes;

    HoleView(ReducedTokenizer owner, BitSet holes) {
        this.owner = owner;
        this.reduced = TokenizerView.of(owner.encoder());
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
        checkOpen();
        return reduced.encode(text);
    }

    @Override
    public List<int[]> encodeAll(List<String> texts) {
        checkOpen();
        return reduced.encodeAll(texts);
    }

    private void checkOpen() {
        if (!owner.isOpen()) {
            throw new IllegalStateException("the reconstruction benchmark's reduced tokenizer is closed");
        }
    }
}
