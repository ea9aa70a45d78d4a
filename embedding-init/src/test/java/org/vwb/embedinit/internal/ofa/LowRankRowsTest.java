package org.vwb.embedinit.internal.ofa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vwb.common.JobContext;
import org.vwb.embedinit.FakeTokenizer;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.internal.vectors.MixtureRows;
import org.vwb.embedinit.internal.vectors.Placement;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

class LowRankRowsTest {

    @Test
    void atFullRankTheFactorisedRowsAreThePlainMixtureAndBelowItTheyAreNot() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 12;
        int d = 5;
        float[] e = new float[n * d];
        for (int i = 0; i < e.length; i++) {
            e[i] = (float) random.nextGaussian();
        }
        FakeTokenizer tok = FakeTokenizer.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m");
        BitSet anchors = new BitSet();
        anchors.set(0, n);
        InitProblem p = new InitProblem(new FloatMatrix(n, d, e), null, null, tok, tok,
                List.of(new NewToken(12, "m", "m", new int[0])), anchors, 1, LinearAlgebra.get());
        List<Placement> mix = List.of(Placement.mixture(new int[] {2, 7, 9}, new double[] {0.5, 0.3, 0.2}, ""));
        float[] plain = MixtureRows.build(p, "ofa", mix).rows(MatrixRole.INPUT).data();
        InitResult full = LowRankRows.build(p, "ofa", mix, d, JobContext.silent());
        InitResult low = LowRankRows.build(p, "ofa", mix, 2, JobContext.silent());
        double fullDiff = 0;
        double lowDiff = 0;
        for (int j = 0; j < d; j++) {
            fullDiff = Math.max(fullDiff, Math.abs(plain[j] - full.rows(MatrixRole.INPUT).data()[j]));
            lowDiff = Math.max(lowDiff, Math.abs(plain[j] - low.rows(MatrixRole.INPUT).data()[j]));
        }
        assertTrue(fullDiff < 1e-5, "full rank reproduces E: " + fullDiff);
        assertTrue(lowDiff > 1e-2, "rank 2 of 5 approximates: " + lowDiff);
    }
}
