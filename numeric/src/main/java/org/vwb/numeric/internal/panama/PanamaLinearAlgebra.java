package org.vwb.numeric.internal.panama;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.NotPositiveDefiniteException;
import org.vwb.numeric.SimilarityBlocks;
import org.vwb.numeric.Svd;
import org.vwb.numeric.SymmetricEigen;
import org.vwb.numeric.internal.scalar.ScalarLinearAlgebra;

/// Pure-Java backend: the GEMM runs on the Vector API ([PanamaGemm]); SVD, Cholesky and eigen use the
/// scalar reference, since they are small (`300 × 300`-class) next to the GEMMs in this project.
///
/// Needs `--add-modules jdk.incubator.vector` at compile and run time.
public final class PanamaLinearAlgebra implements LinearAlgebra {
    /// System property: the number of GEMM threads (default: available processors).
    public static final String THREADS_PROPERTY = "vwb.numeric.threads";

    private final PanamaGemm gemm;
    private final ScalarLinearAlgebra scalar = new ScalarLinearAlgebra();

    /// Creates the backend and its daemon thread pool.
    public PanamaLinearAlgebra() {
        int threads = Integer.getInteger(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors());
        this.gemm = new PanamaGemm(Math.max(1, threads));
    }

    @Override
    public String describe() {
        return "panama (Vector API " + MicroKernel.SPECIES + ", tile " + MicroKernel.MR + "×" + MicroKernel.NR
                + ", " + gemm.threads() + " threads)";
    }

    @Override
    public FloatMatrix gemm(FloatMatrix a, FloatMatrix b, boolean transA, boolean transB) {
        return gemm.multiply(a, b, transA, transB);
    }

    /// Writes each block straight into the caller's array (no copy out).
    @Override
    public SimilarityBlocks similarities(FloatMatrix b, int maxRows) {
        return new PanamaSimilarityBlocks(gemm, b, maxRows);
    }

    @Override
    public Svd svd(FloatMatrix a) {
        return scalar.svd(a);
    }

    @Override
    public FloatMatrix cholesky(FloatMatrix a) throws NotPositiveDefiniteException {
        return scalar.cholesky(a);
    }

    @Override
    public SymmetricEigen symmetricEigen(FloatMatrix a) {
        return scalar.symmetricEigen(a);
    }
}
