package org.vwb.numeric.internal.nd4j;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.internal.Checks;
import org.vwb.numeric.GemmProbe;

/// Benchmark probes for the native GEMMs: ND4J's `Nd4j.gemm` and OpenBLAS's `cblas_sgemm` called
/// directly through the bytedeco preset (the same `libopenblas` ND4J loads). Kept in this package so
/// that no ND4J or javacpp type leaves it.
public final class NativeGemmProbes {
    private NativeGemmProbes() {}

    /// `Nd4j.gemm(A, B, C, transA, transB, 1, 0)` into a preallocated C-ordered `C`.
    public static GemmProbe nd4j(FloatMatrix a, FloatMatrix b, boolean transA, boolean transB) {
        int[] mkn = Checks.gemmShape(a, b, transA, transB);
        String description = "Nd4j.gemm (" + Nd4jLinearAlgebra.create().describe() + ")";
        INDArray x = Nd4jBridge.toRowMajor(a);
        INDArray y = Nd4jBridge.toRowMajor(b);
        INDArray c = Nd4jBridge.rowMajor(mkn[0], mkn[2]);
        int n = mkn[2];
        return new GemmProbe() {
            @Override
            public String describe() {
                return description;
            }

            @Override
            public void run() {
                Nd4j.gemm(x, y, c, transA, transB, 1.0, 0.0);
            }

            @Override
            public float[] rows(int from, int to) {
                float[] out = new float[(to - from) * n];
                Nd4jBridge.copy(c, (long) from * n, out);
                return out;
            }

            @Override
            public void close() {
                x.close();
                y.close();
                c.close();
            }
        };
    }

    /// `cblas_sgemm(CblasRowMajor, …)` on javacpp buffers.
    public static GemmProbe openblas(FloatMatrix a, FloatMatrix b, boolean transA, boolean transB) {
        int[] mkn = Checks.gemmShape(a, b, transA, transB);
        int m = mkn[0];
        int k = mkn[1];
        int n = mkn[2];
        String kernels = OpenBlasCore.chooseKernelsBeforeLoading();
        FloatPointer x = new FloatPointer(a.data());
        FloatPointer y = new FloatPointer(b.data());
        FloatPointer c = new FloatPointer((long) m * n);
        return new GemmProbe() {
            @Override
            public String describe() {
                return "cblas_sgemm (bytedeco openblas 0.3.19-1.5.7, core " + OpenBlasCore.loadedCoreName() + " via "
                        + kernels + ")";
            }

            @Override
            public void run() {
                openblas.cblas_sgemm(openblas.CblasRowMajor,
                        transA ? openblas.CblasTrans : openblas.CblasNoTrans,
                        transB ? openblas.CblasTrans : openblas.CblasNoTrans,
                        m, n, k, 1f, x, a.cols(), y, b.cols(), 0f, c, n);
            }

            @Override
            public float[] rows(int from, int to) {
                float[] out = new float[(to - from) * n];
                c.position((long) from * n).get(out);
                c.position(0);
                return out;
            }

            @Override
            public void close() {
                x.deallocate();
                y.deallocate();
                c.deallocate();
            }
        };
    }
}
