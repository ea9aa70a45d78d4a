package org.vwb.embedinit.eval.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.TokenizerView;
import org.vwb.embedinit.eval.ReconstructionException;
import org.vwb.embedinit.eval.ReductionCheck;

/// Verifies the reduced tokenizer: no held-out token's re-encoding contains a held-out id (a hard error
/// otherwise), and a seeded sample of other tokens (those the full tokenizer encodes as themselves) is
/// encoded the same by both tokenizers (counted).
final class ReductionChecks {
    /// Other tokens compared between the full and the reduced tokenizer.
    static final int SAMPLE = 256;

    private ReductionChecks() {
    }

    static ReductionCheck verify(TokenizerView full, TokenizerView reduced, HoldOut holdOut, List<NewToken> tokens,
                                 long seed) throws ReconstructionException {
        BitSet held = holdOut.chosenSet();
        BitSet anchors = holdOut.anchors();
        int empty = 0;
        int unknown = 0;
        for (NewToken t : tokens) {
            int[] ids = t.baseIds();
            for (int id : ids) {
                if (held.get(id)) {
                    throw new ReconstructionException(ReconstructionException.Reason.STILL_REACHABLE, "the reduced"
                            + " tokenizer still produces held-out id " + id + " when encoding '" + t.text()
                            + "' (token " + t.id() + "): " + Arrays.toString(ids));
                }
            }
            empty += ids.length == 0 ? 1 : 0;
            unknown += Arrays.stream(ids).anyMatch(id -> !anchors.get(id)) ? 1 : 0;
        }
        int[] sample = HoldOut.choose(anchors.stream().toArray(), Math.min(SAMPLE, anchors.cardinality()), ~seed);
        String[] surfaces = HoldOut.surfacesOf(full, sample);
        List<String> texts = new ArrayList<>();
        for (String s : surfaces) {
            if (s != null) {
                texts.add(s);
            }
        }
        List<int[]> before = full.encodeAll(texts);
        List<int[]> after = reduced.encodeAll(texts);
        int changed = 0;
        for (int i = 0; i < texts.size(); i++) {
            changed += Arrays.equals(before.get(i), after.get(i)) ? 0 : 1;
        }
        return new ReductionCheck(tokens.size(), empty, unknown, texts.size(), changed);
    }
}
