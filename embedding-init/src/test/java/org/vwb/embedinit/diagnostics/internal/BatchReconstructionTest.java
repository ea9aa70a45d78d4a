package org.vwb.embedinit.diagnostics.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vwb.embedinit.diagnostics.InsideCertificate;
import org.vwb.numeric.FloatMatrix;

class BatchReconstructionTest {
    @Test
    void batchResidualsAreBitIdenticalToTheOneAtATimeLoop() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 5000;
        int d = 40; // a block is 1,638 rows: certificates cross several blocks
        float[] e = new float[n * d];
        for (int i = 0; i < e.length; i++) {
            e[i] = (float) r.nextGaussian();
        }
        FloatMatrix base = new FloatMatrix(n, d, e);
        int b = 7;
        float[][] lambdas = new float[b][n];
        float[] q = new float[b * d];
        int[] offsets = new int[b];
        for (int k = 0; k < b; k++) {
            for (int i = 0; i < n; i++) {
                // dense, sparse, and (k = 0) uniform weight vectors
                lambdas[k][i] = k == 0 ? 1f / n : k % 2 == 1 || r.nextInt(50) == 0 ? (float) r.nextDouble() : 0f;
            }
            for (int j = 0; j < d; j++) {
                q[k * d + j] = (float) r.nextGaussian() * 0.1f;
            }
            offsets[k] = k * d;
        }
        double[] mean = Reconstruction.mean(base);
        InsideCertificate[] batch = BatchReconstruction.of(base, lambdas, q, offsets, mean);
        for (int k = 0; k < b; k++) {
            InsideCertificate one = Reconstruction.of(base, lambdas[k], q, offsets[k], mean);
            assertArrayEquals(one.ids(), batch[k].ids(), "row " + k);
            assertArrayEquals(one.weights(), batch[k].weights(), "row " + k);
            assertEquals(one.residual(), batch[k].residual(), 0.0, "row " + k);
        }
        assertEquals(n, batch[0].ids().length);
        assertEquals(Reconstruction.residual(base, batch[0].ids(), batch[0].weights(), q, 0), batch[0].residual(), 1e-12,
                "the uniform shortcut agrees with the full sum up to rounding");
    }
}
