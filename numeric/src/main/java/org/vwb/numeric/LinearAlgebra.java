package org.vwb.numeric;

import org.vwb.numeric.internal.Backends;
import org.vwb.numeric.internal.GemmSimilarityBlocks;

/// The numeric kernels the workbench needs (similarities, orthogonal Procrustes, covariance, the hull
/// solver), behind one small interface so that the native backend stays replaceable.
///
/// Obtain the process-wide instance with [#get()]; it is chosen once, from the system property
/// `vwb.numeric` (`nd4j`, `panama` or `scalar`; default `nd4j`), and the choice and any fallback are
/// logged through `System.Logger` `org.vwb.numeric`. [#of(Backend)] builds a specific backend (tests,
/// benchmarks).
///
/// **Threads.** Implementations are thread-safe. `nd4j` runs inside OpenBLAS, which uses one thread per
/// core (both cores of the target machine; `OMP_NUM_THREADS` limits it). `panama` splits a GEMM over a
/// pool of `vwb.numeric.threads` daemon threads (default: available processors). `scalar` is
/// single-threaded.
///
/// **Determinism.** For the same inputs, backend, thread count and CPU, results are bit-identical from
/// run to run: `panama` fixes the summation order per output element independently of the thread
/// split; OpenBLAS partitions work the same way each time for a given thread count. Results differ in the
/// last bits *between* backends and between CPUs (AVX2 vs AVX-512 kernels reorder additions), so record
/// [#describe()] in provenance.
///
/// **Memory.** Inputs are only read; every result is a new matrix owned by the caller, except that
/// [#similarities] writes into arrays the caller provides.
public interface LinearAlgebra {

    /// The selectable implementations.
    enum Backend {
        /// ND4J 1.0.0-M2.1 with its bundled OpenBLAS 0.3.19 (GEMM and LAPACK): the default.
        ND4J,
        /// Pure Java: a blocked, multi-threaded Vector API GEMM; decompositions as in `SCALAR`.
        PANAMA,
        /// Short, obviously correct reference loops accumulating in `double`; the spec for tests.
        SCALAR
    }

    /// The process-wide instance selected by `-Dvwb.numeric` (see the type documentation).
    static LinearAlgebra get() {
        return Backends.selected();
    }

    /// The instance [#get()] returns, selected and created only when a method is first called (so a
    /// request that may not need a matrix product does not load a native library).
    static LinearAlgebra lazy() {
        return org.vwb.numeric.internal.LazyLinearAlgebra.INSTANCE;
    }

    /// A new instance of the given backend.
    ///
    /// @throws IllegalStateException if that backend cannot run here (ND4J natives fail to load, or the
    ///     `jdk.incubator.vector` module is not readable: pass `--add-modules jdk.incubator.vector`)
    static LinearAlgebra of(Backend backend) {
        return Backends.create(backend);
    }

    /// Which backend this is, plus what it runs on (for example the native library or vector species).
    String describe();

    /// The general matrix product `C = op(A) · op(B)`, where `op(X)` is `Xᵀ` when the flag is set.
    ///
    /// For similarities of rows, `gemm(a, b, false, true)` computes `A · Bᵀ` with both matrices stored one
    /// vector per row.
    ///
    /// @throws IllegalArgumentException if the inner dimensions differ or the result exceeds a Java array
    FloatMatrix gemm(FloatMatrix a, FloatMatrix b, boolean transA, boolean transB);

    /// Prepares row blocks of `A · Bᵀ` against the fixed candidate matrix `b`, for similarity steps computed
    /// block by block (see [SimilarityBlocks] for ownership, reuse and threads).
    ///
    /// `b` is copied into the backend once, here; each block then costs its query rows in, the kernel and
    /// one copy out into the caller's array, with no allocation per block. The `nd4j` backend keeps `b`
    /// and its working buffers (`maxRows · (b.rows() + b.cols())` floats) in native memory until
    /// [SimilarityBlocks#close()]. This default, used by `scalar`, calls [#gemm] per block.
    ///
    /// @param maxRows the most query rows one block will have
    /// @throws IllegalArgumentException if `maxRows < 1` or a `maxRows × b.rows()` block exceeds a Java array
    default SimilarityBlocks similarities(FloatMatrix b, int maxRows) {
        return new GemmSimilarityBlocks(this, b, maxRows);
    }

    /// The thin singular value decomposition of `a` (see [Svd]).
    Svd svd(FloatMatrix a);

    /// The lower-triangular Cholesky factor `L` with `L · Lᵀ = A`; the strict upper triangle is zero.
    ///
    /// @throws IllegalArgumentException if `a` is not square
    /// @throws NotPositiveDefiniteException if `a` is not symmetric, or not positive definite in `float`
    ///     precision; the message names the size and the failing entry or pivot
    FloatMatrix cholesky(FloatMatrix a) throws NotPositiveDefiniteException;

    /// Eigenvalues (ascending) and unit eigenvectors of a symmetric matrix.
    ///
    /// Only the lower triangle is required to be meaningful for the native backend; the Java backends
    /// read the whole matrix, so pass a symmetric one.
    ///
    /// @throws IllegalArgumentException if `a` is not square
    SymmetricEigen symmetricEigen(FloatMatrix a);

    /// The sample covariance `(X − x̄)ᵀ(X − x̄) / (n − 1)` of the `n` rows of `x` (a `d × d` matrix).
    ///
    /// Centring is done in `double` before one [#gemm] in this backend.
    ///
    /// @throws IllegalArgumentException if `x` has fewer than 2 rows
    default FloatMatrix covariance(FloatMatrix x) {
        if (x.rows() < 2) {
            throw new IllegalArgumentException("covariance needs at least 2 rows, found " + x.rows());
        }
        FloatMatrix centred = Centring.centreRows(x);
        FloatMatrix c = gemm(centred, centred, true, false);
        float scale = (float) (1.0 / (x.rows() - 1));
        float[] d = c.data();
        for (int i = 0; i < d.length; i++) {
            d[i] *= scale;
        }
        return c;
    }
}
