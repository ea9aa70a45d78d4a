/// The diagnostics report of a patched model's new rows (issue 6): [Diagnostics] measures geometry
/// (norms, cosine to the old mean, nearest old tokens, 2-D PCA), convex-hull verdicts with certificates
/// (recorded recipes verified, not trusted) and the "can it dominate" view; [ReportWriter] writes
/// `report.json`, CSV tables, PNG plots and a self-contained `report.html`. [Plots] is the one plotting
/// code path, shared with the GUI.
package org.vwb.embedinit.report;
