/// Convex-hull diagnostics for new embedding rows (issue 6, METHODS.md §6): for each new row, **inside**
/// the convex hull of the old rows with explicit convex weights, **outside** with a separating direction
/// and its margin, or **undecided** within an iteration budget with distance bounds; and the
/// "can it dominate" view for `lm_head` rows. Entry point: [ConvexHullDiagnostics].
package org.vwb.embedinit.diagnostics;
