/// The single API both front ends (the `vwb` CLI and the desktop app) drive: the
/// [org.vwb.core.Workbench] facade, whose methods take request records and return
/// [org.vwb.common.Job]s that run only when submitted with a progress sink and a cancellation flag.
/// Results are feature records (such as [org.vwb.model.ModelSummary]) passed through unchanged. No UI
/// types and no console output live here.
package org.vwb.core;
