/// Renderings of [org.vwb.model.ModelSummary] for `vwb inspect`: aligned text for people and the
/// documented, versioned JSON format `vwb.inspect/1` for scripts.
package org.vwb.cli.inspect;
