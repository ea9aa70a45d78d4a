package org.vwb.embedinit.diagnostics;

/// The hull verdict of one query row with its certificate and distance bounds.
///
/// Distances are Euclidean in the original space; the relative ones divide by the median base row norm.
/// For `INSIDE` the upper bound is the certificate's residual (exact, `double`) and the lower bound 0. For
/// `OUTSIDE` the lower bound is the certificate's margin (exact); the upper bound is `‖q − μ‖` (the centroid
/// is in the hull) for screened rows, and for solver rows the residual of the best convex weights found,
/// evaluated from the solver's `float` iterate. For `UNDECIDED` the lower bound is 0 and the upper bound is
/// that solver residual.
///
/// @param row           index of the query row
/// @param verdict       inside, outside or undecided
/// @param method        the stage that decided it
/// @param iterations    solver iterations spent on this row (0 for mixtures and screens)
/// @param distanceLower lower bound on the distance to the hull
/// @param distanceUpper upper bound on the distance to the hull
/// @param relativeLower `distanceLower / median base norm`
/// @param relativeUpper `distanceUpper / median base norm`
/// @param inside        the inside certificate, or `null`
/// @param outside       the outside certificate, or `null`
public record RowVerdict(int row, HullVerdict verdict, HullMethod method, int iterations,
                         double distanceLower, double distanceUpper, double relativeLower, double relativeUpper,
                         InsideCertificate inside, OutsideCertificate outside) {}
