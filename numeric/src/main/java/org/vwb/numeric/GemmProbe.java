package org.vwb.numeric;

import org.vwb.numeric.internal.Backends;

/// A GEMM prepared for timing: inputs already in the backend's own memory and the output allocated once,
/// so [#run()] measures only the multiplication. For `benchmarks/` only; the product API is
/// [LinearAlgebra#gemm]. Not thread-safe.
public interface GemmProbe extends AutoCloseable {

    /// What to time.
    enum Kind {
        /// OpenBLAS `cblas_sgemm` called directly through the bytedeco preset (the library ND4J loads).
        OPENBLAS,
        /// `Nd4j.gemm` on preallocated `INDArray`s.
        ND4J,
        /// The Vector API kernel of the `panama` backend.
        PANAMA
    }

    /// Prepares `C = op(A) · op(B)`; copies the inputs where the backend needs its own memory.
    ///
    /// @throws IllegalArgumentException if the shapes do not fit
    static GemmProbe create(Kind kind, FloatMatrix a, FloatMatrix b, boolean transA, boolean transB) {
        return Backends.probe(kind, a, b, transA, transB);
    }

    /// What runs (library, layout call).
    String describe();

    /// Computes `C = op(A) · op(B)` once, overwriting the previous result.
    void run();

    /// A heap copy of rows `[from, to)` of the last result, row-major.
    float[] rows(int from, int to);

    /// Frees native memory; the probe cannot be used afterwards.
    @Override
    void close();
}
