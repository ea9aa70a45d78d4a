package org.vwb.numeric.internal.panama;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.internal.Checks;
import org.vwb.numeric.GemmProbe;

/// Benchmark probe for the Vector API GEMM: like the native probes, it reuses one output array so that
/// a run measures the multiplication, not the allocation of C.
public final class PanamaGemmProbe implements GemmProbe {
    private final PanamaGemm gemm;
    private final FloatMatrix a;
    private final FloatMatrix b;
    private final boolean transA;
    private final boolean transB;
    private final int[] mkn;
    private float[] c;

    /// Prepares `C = op(A) · op(B)` on [PanamaLinearAlgebra]'s thread count.
    public PanamaGemmProbe(FloatMatrix a, FloatMatrix b, boolean transA, boolean transB) {
        this.mkn = Checks.gemmShape(a, b, transA, transB);
        this.gemm = new PanamaGemm(Math.max(1, Integer.getInteger(PanamaLinearAlgebra.THREADS_PROPERTY,
                Runtime.getRuntime().availableProcessors())));
        this.a = a;
        this.b = b;
        this.transA = transA;
        this.transB = transB;
        this.c = new float[mkn[0] * mkn[2]];
    }

    @Override
    public String describe() {
        return "panama (Vector API " + MicroKernel.SPECIES + ", tile " + MicroKernel.MR + "×" + MicroKernel.NR
                + ", " + gemm.threads() + " threads)";
    }

    @Override
    public void run() {
        gemm.multiplyInto(a, b, transA, transB, c, mkn[0], mkn[1], mkn[2]);
    }

    @Override
    public float[] rows(int from, int to) {
        return java.util.Arrays.copyOfRange(c, from * mkn[2], to * mkn[2]);
    }

    @Override
    public void close() {
        c = null;
    }
}
