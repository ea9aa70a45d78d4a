package org.vwb.numeric.internal;

/// A GEMM prepared for timing: inputs already in the backend's own memory, so [#run()] measures only
/// the multiplication. For benchmarks; the product API is [org.vwb.numeric.LinearAlgebra#gemm].
public interface GemmProbe extends AutoCloseable {

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
