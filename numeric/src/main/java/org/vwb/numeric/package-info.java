/// Dense `float` linear algebra for the workbench: [org.vwb.numeric.FloatMatrix] values and the
/// [org.vwb.numeric.LinearAlgebra] kernels (GEMM, thin SVD, Cholesky, symmetric eigen, covariance).
///
/// No ND4J or javacpp type appears here: ND4J lives only in `org.vwb.numeric.internal.nd4j`.
package org.vwb.numeric;
