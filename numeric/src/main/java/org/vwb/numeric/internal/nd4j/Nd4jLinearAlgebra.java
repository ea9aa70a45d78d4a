package org.vwb.numeric.internal.nd4j;

import java.util.Properties;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.blas.BlasException;
import org.nd4j.linalg.api.blas.impl.BaseLapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.NotPositiveDefiniteException;
import org.vwb.numeric.SimilarityBlocks;
import org.vwb.numeric.Svd;
import org.vwb.numeric.SymmetricEigen;
import org.vwb.numeric.internal.Checks;

/// ND4J 1.0.0-M2.1 backend: GEMM through `Nd4j.gemm` (OpenBLAS `sgemm`), SVD and Cholesky through ND4J's
/// LAPACK wrapper, the symmetric eigen-decomposition through OpenBLAS's `LAPACKE_ssyevd` on ND4J's own
/// buffers (the same library ND4J loads). ND4J's own `Svd` custom op is broken in M2.1 (DEPENDENCIES.md
/// §2.4), so it is not used.
public final class Nd4jLinearAlgebra implements LinearAlgebra {
    private final BaseLapack lapack;
    private final String description;

    private Nd4jLinearAlgebra(BaseLapack lapack, String description) {
        this.lapack = lapack;
        this.description = description;
    }

    /// Initialises ND4J (loads the natives; the first run extracts ~400 MB to `~/.javacpp/cache`).
    ///
    /// @throws IllegalStateException if ND4J cannot load here, with ND4J's reason
    public static Nd4jLinearAlgebra create() {
        String kernels = OpenBlasCore.chooseKernelsBeforeLoading();
        try {
            Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
            // BaseLapack exposes sgesvd with LAPACK's job flags, which the Lapack interface hides: it
            // always asks for the full m × m U, 100 MB for a 5,000-row input instead of 6 MB
            BaseLapack lapack = (BaseLapack) Nd4j.getBlasWrapper().lapack();
            return new Nd4jLinearAlgebra(lapack, describeNatives(kernels));
        } catch (RuntimeException | LinkageError e) { // top level of backend loading: report, never crash
            throw new IllegalStateException("ND4J failed to initialise: " + e, e);
        }
    }

    private static String describeNatives(String kernels) {
        NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        return "nd4j 1.0.0-M2.1 (libnd4j binary level " + level(ops.binaryLevel()) + ", CPU optimal level "
                + level(ops.optimalLevel()) + ", BLAS " + env.getProperty("blas.vendor", "?") + " core "
                + OpenBlasCore.loadedCoreName() + " via " + kernels + ", " + ops.ompGetMaxThreads() + " threads)";
    }

    private static String level(int level) {
        // libnd4j's encoding, as ND4J's CpuNDArrayFactory logs it: 3 AVX-512, 2 AVX/AVX2, else generic x86
        return switch (level) {
            case 3 -> "avx512";
            case 2 -> "avx2";
            default -> "generic";
        };
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public FloatMatrix gemm(FloatMatrix a, FloatMatrix b, boolean transA, boolean transB) {
        int[] mkn = Checks.gemmShape(a, b, transA, transB);
        INDArray c = Nd4jBridge.rowMajor(mkn[0], mkn[2]);
        Nd4j.gemm(Nd4jBridge.toRowMajor(a), Nd4jBridge.toRowMajor(b), c, transA, transB, 1.0, 0.0);
        return Nd4jBridge.toMatrix(c);
    }

    /// Keeps `b` and the block buffers in native memory (see [Nd4jSimilarityBlocks]).
    @Override
    public SimilarityBlocks similarities(FloatMatrix b, int maxRows) {
        return new Nd4jSimilarityBlocks(b, maxRows);
    }

    @Override
    public Svd svd(FloatMatrix a) {
        int m = a.rows();
        int n = a.cols();
        int k = Math.min(m, n);
        INDArray x = Nd4jBridge.toColumnMajor(a); // overwritten by gesvd
        INDArray s = Nd4j.create(DataType.FLOAT, k);
        INDArray u = Nd4jBridge.columnMajor(m, k);
        INDArray vt = Nd4jBridge.columnMajor(k, n);
        INDArray info = Nd4j.create(DataType.INT, 1);
        lapack.sgesvd((byte) 'S', (byte) 'S', m, n, x, s, u, vt, info);
        return new Svd(Nd4jBridge.toMatrix(u), Nd4jBridge.toVector(s, k), Nd4jBridge.toMatrix(vt));
    }

    @Override
    public FloatMatrix cholesky(FloatMatrix a) throws NotPositiveDefiniteException {
        Checks.symmetricPositiveDiagonal(a);
        int n = a.rows();
        INDArray x = Nd4jBridge.toColumnMajor(a);
        try {
            lapack.potrf(x, true); // lower factor; ND4J zeroes the upper triangle
        } catch (BlasException e) {
            // ND4J reports LAPACK's info > 0 ("minor of order info is not positive") as this Error
            throw Checks.notPositiveDefinite(n, e.getErrorCode() - 1, "LAPACK spotrf info " + e.getErrorCode());
        }
        return Nd4jBridge.toMatrix(x);
    }

    @Override
    public SymmetricEigen symmetricEigen(FloatMatrix a) {
        int n = Checks.square(a, "symmetricEigen");
        INDArray x = Nd4jBridge.toColumnMajor(a); // overwritten with the eigenvectors, one per column
        INDArray values = Nd4j.create(DataType.FLOAT, n);
        // ssyevd (divide and conquer) on ND4J's buffers, not ND4J's lapack().syev: that wraps ssyev,
        // single-threaded QR iteration, minutes for n = 4,096 where ssyevd takes seconds (BENCHMARKS.md).
        // The workspace is sized here, by the formula in ssyevd's documentation, because the workspace
        // query returns LWORK as a float, which rounds 1 + 6n + 2n² down for large n (info -9 at 4,096).
        long lwork = 1 + 6L * n + 2L * n * n;
        int liwork = 3 + 5 * n;
        if (lwork > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("symmetricEigen: " + n + " × " + n + " is too large for LAPACK");
        }
        try (FloatPointer work = new FloatPointer(lwork); IntPointer iwork = new IntPointer(liwork)) {
            int status = openblas.LAPACKE_ssyevd_work(openblas.LAPACK_COL_MAJOR, (byte) 'V', (byte) 'L', n,
                    (FloatPointer) x.data().addressPointer(), n, (FloatPointer) values.data().addressPointer(),
                    work, (int) lwork, iwork, liwork);
            if (status != 0) {
                throw new IllegalStateException("LAPACK ssyevd failed on the " + n + " × " + n
                        + " matrix (info " + status + ")");
            }
        }
        return new SymmetricEigen(Nd4jBridge.toVector(values, n), Nd4jBridge.toMatrix(x));
    }
}
