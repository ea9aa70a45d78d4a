package org.vwb.numeric.internal;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.NotPositiveDefiniteException;
import org.vwb.numeric.SimilarityBlocks;
import org.vwb.numeric.Svd;
import org.vwb.numeric.SymmetricEigen;

/// The process-wide backend ([Backends#selected]), created at its first use rather than when this is
/// handed out: ND4J's native libraries take ~0.8 s and 1.4 CPU-seconds to load, which a job that never
/// multiplies a matrix (`fvt`, `ziptie`, `mean` init) need not pay.
public final class LazyLinearAlgebra implements LinearAlgebra {
    /// The one instance.
    public static final LinearAlgebra INSTANCE = new LazyLinearAlgebra();

    private LazyLinearAlgebra() {
    }

    @Override
    public String describe() {
        return Backends.selected().describe();
    }

    @Override
    public FloatMatrix gemm(FloatMatrix a, FloatMatrix b, boolean transA, boolean transB) {
        return Backends.selected().gemm(a, b, transA, transB);
    }

    @Override
    public SimilarityBlocks similarities(FloatMatrix b, int maxRows) {
        return Backends.selected().similarities(b, maxRows);
    }

    @Override
    public Svd svd(FloatMatrix a) {
        return Backends.selected().svd(a);
    }

    @Override
    public FloatMatrix cholesky(FloatMatrix a) throws NotPositiveDefiniteException {
        return Backends.selected().cholesky(a);
    }

    @Override
    public SymmetricEigen symmetricEigen(FloatMatrix a) {
        return Backends.selected().symmetricEigen(a);
    }

    @Override
    public FloatMatrix covariance(FloatMatrix x) {
        return Backends.selected().covariance(x);
    }
}
