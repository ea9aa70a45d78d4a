package org.vwb.embedinit.diagnostics;

/// The hull verdict of one query row with its certificate and distance bounds.
///
/// Distances are Euclidean in the original space; the relative ones divide by the median base row norm.
/// For `INSIDE` the upper bound is the certificate's residual and the lower bound 0; for `OUTSIDE` the lower
/// bound is the certificate's margin; for `UNDECIDED` the lower bound is the best separating margin found
/// (0 if none) and the upper bound the residual of the best convex weights found.
///
/// @param row           index of the query row
/// @param verdict       inside, outside or undecided
/// @param method        the stage that decided it
/// @param iterations    solver iterations spent on this row (0 for mixtures and screens)
/// @param distanceLower lower bound on the distance to the hull
/// @param distanceUpper upper bound on the distance to the hull (may be NaN for screened rows)
/// @param relativeLower `distanceLower / median base norm`
/// @param relativeUpper `distanceUpper / median base norm`
/// @param inside        the inside certificate, or `null`
/// @param outside       the outside certificate, or `null`
public record RowVerdict(int row, HullVerdict verdict, HullMethod method, int iterations,
                         double distanceLower, double distanceUpper, double relativeLower, double relativeUpper,
                         InsideCertificate inside, OutsideCertificate outside) {}
