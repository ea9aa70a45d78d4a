package org.vwb.embedinit.internal.subword;

import java.util.BitSet;
import org.vwb.embedinit.TokenizerView;
import org.vwb.vocab.TokenKind;

/// Chooses which pieces of a decomposition may contribute a row.
///
/// Always dropped: pieces that stand for no text (control, unknown, unused) and ids outside the base
/// matrix. Byte pieces `<0xNN>` are dropped unless `keepBytes` (zip-tie keeps them). Pieces that are
/// not anchors are dropped when `skipNonAnchors`, otherwise they refuse the whole token (its row would
/// have to use a row the problem forbids). A lone word-start marker (`▁`, `Ġ` as a piece of its own) is
/// dropped when `dropBareMarker`.
///
/// @param base           the base tokenizer
/// @param rows           number of base rows
/// @param anchors        ids a row may draw on
/// @param keepBytes      whether byte pieces count
/// @param skipNonAnchors whether non-anchor pieces are dropped (true) or refuse the token (false)
/// @param dropBareMarker whether a piece whose whole text is one space is dropped
public record PieceFilter(TokenizerView base, int rows, BitSet anchors, boolean keepBytes, boolean skipNonAnchors,
                          boolean dropBareMarker) {

    /// What survived.
    ///
    /// @param ids     the kept ids, in decomposition order (repeats kept)
    /// @param skipped how many pieces were dropped
    /// @param refusal why the token must stay unplaced (a non-anchor piece with `skipNonAnchors` off), or ""
    public record Kept(int[] ids, int skipped, String refusal) {
        /// Copies the ids.
        public Kept {
            ids = ids.clone();
        }

        @Override
        public int[] ids() {
            return ids.clone();
        }
    }

    /// Filters `ids`.
    public Kept keep(int[] ids) {
        int[] out = new int[ids.length];
        int n = 0;
        int skipped = 0;
        for (int id : ids) {
            if (id < 0 || id >= rows || textless(id) || (!keepBytes && base.tokenKind(id) == TokenKind.BYTE)
                    || (dropBareMarker && base.text(id).equals(" "))) {
                skipped++;
            } else if (!anchors.get(id)) {
                if (!skipNonAnchors) {
                    return new Kept(new int[0], skipped, "piece " + id + " '" + base.piece(id) + "' is not an anchor");
                }
                skipped++;
            } else {
                out[n++] = id;
            }
        }
        return new Kept(java.util.Arrays.copyOf(out, n), skipped, "");
    }

    private boolean textless(int id) {
        TokenKind k = base.tokenKind(id);
        return k == TokenKind.CONTROL || k == TokenKind.UNKNOWN || k == TokenKind.UNUSED;
    }
}
