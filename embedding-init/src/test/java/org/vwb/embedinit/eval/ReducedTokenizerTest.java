package org.vwb.embedinit.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vwb.embedinit.TokenizerView;
import org.vwb.embedinit.eval.internal.HoldOut;
import org.vwb.embedinit.eval.internal.ReducedTokenizer;
import org.vwb.numeric.FloatMatrix;
import org.vwb.vocab.TokenizerEncoder;

class ReducedTokenizerTest {

    @Test
    void heldOutWordPiecesBecomeUnreachableAndOtherTokensEncodeAsBefore() throws Exception {
        ReconstructionModel m = SampleModels.miniLm();
        Result r = reduce(m.tokenizer(), m.input(), 300);
        assertEquals(300, r.heldOutChecked);
        assertEquals(0, r.heldOutStillEmitted, "held-out ids produced by the reduced tokenizer");
        assertTrue(r.othersChecked > 3_000, "checked " + r.othersChecked);
        assertEquals(0, r.othersChanged, "other tokens encoded differently, e.g. " + r.firstChange);
    }

    @Test
    void heldOutSentencePiecesBecomeUnreachableAndTokensNotContainingThemEncodeAsBefore() throws Exception {
        ReconstructionModel m = SampleModels.tinyLlamaSentencePiece();
        Result r = reduce(m.tokenizer(), m.input(), 40);
        assertEquals(40, r.heldOutChecked);
        assertEquals(0, r.heldOutStillEmitted);
        assertTrue(r.othersChecked > 20, "checked " + r.othersChecked);
        assertEquals(0, r.othersChanged, "other tokens encoded differently, e.g. " + r.firstChange);
    }

    @Test
    void heldOutBpeJsonPiecesBecomeUnreachableWithTheirMergesDropped() throws Exception {
        ReconstructionModel m = SampleModels.tinyLlamaSentencePiece();
        Path json = m.tokenizer().resolveSibling("tokenizer.json");
        Result r = reduce(json, m.input(), 40);
        assertEquals(0, r.heldOutStillEmitted);
        assertTrue(r.othersChecked > 20, "checked " + r.othersChecked);
        assertEquals(0, r.othersChanged, "other tokens encoded differently, e.g. " + r.firstChange);
    }

    private record Result(int heldOutChecked, int heldOutStillEmitted, int othersChecked, int othersChanged,
                          String firstChange) {
    }

    /// Holds out `n` whole words, checks that the full tokenizer emits each as one token and the reduced one
    /// never, and compares the encodings of every other normal token whose text contains no held-out text.
    private static Result reduce(Path tokenizer, FloatMatrix input, int n) throws Exception {
        try (TokenizerEncoder full = TokenizerEncoder.open(tokenizer)) {
            TokenizerView fv = TokenizerView.of(full);
            HoldOut h = HoldOut.select(fv, input, ReconstructionSpec.of(n, 3, List.of(), true), null);
            BitSet held = h.chosenSet();
            List<String> heldTexts = Arrays.stream(h.chosen()).mapToObj(id -> fv.text(id).strip()).toList();
            List<String> surfaces = List.of(h.surfaces());
            try (ReducedTokenizer reduced = ReducedTokenizer.open(tokenizer, held)) {
                int emitted = 0;
                for (int i = 0; i < h.chosen().length; i++) {
                    int id = h.chosen()[i];
                    assertEquals(fv.text(id).strip(), surfaces.get(i).strip());
                    assertArrayEquals(new int[] {id}, full.encode(surfaces.get(i)), "full tokenizer on " + fv.text(id));
                    int[] ids = reduced.encoder().encode(surfaces.get(i));
                    assertFalse(ids.length == 0, "empty re-encoding of " + fv.text(id));
                    emitted += Arrays.stream(ids).anyMatch(held::get) ? 1 : 0;
                }
                List<String> others = new ArrayList<>();
                // every fifth other token keeps the test fast (HF encodings cost ~50 µs each through JNI)
                for (String t : HoldOut.surfacesOf(fv, h.anchors().stream().filter(id -> id % 5 == 0).toArray())) {
                    if (t != null && heldTexts.stream().noneMatch(t::contains)) {
                        others.add(t);
                    }
                }
                List<int[]> before = full.encodeAll(others);
                List<int[]> after = reduced.encoder().encodeAll(others);
                int changed = 0;
                String first = "";
                for (int i = 0; i < others.size(); i++) {
                    if (!Arrays.equals(before.get(i), after.get(i))) {
                        first = changed++ == 0 ? "'" + others.get(i) + "' " + Arrays.toString(before.get(i)) + " → "
                                + Arrays.toString(after.get(i)) : first;
                    }
                }
                return new Result(h.chosen().length, emitted, others.size(), changed, first);
            }
        }
    }
}
