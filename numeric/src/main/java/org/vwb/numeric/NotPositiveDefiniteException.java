package org.vwb.numeric;

/// Thrown by [LinearAlgebra#cholesky] when the matrix is not symmetric positive definite.
///
/// A covariance estimated from fewer rows than columns is the usual cause; callers can add a ridge
/// (`λ·I`) or floor the eigenvalues with [LinearAlgebra#symmetricEigen] and retry.
public final class NotPositiveDefiniteException extends Exception {
    private static final long serialVersionUID = 1L;

    /// Creates the exception; the message should name the size and the failing pivot.
    public NotPositiveDefiniteException(String message) {
        super(message);
    }
}
