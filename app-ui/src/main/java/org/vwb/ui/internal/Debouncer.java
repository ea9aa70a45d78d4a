package org.vwb.ui.internal;

/// Runs an action once things have been quiet for a moment: each [#schedule] replaces the action not yet
/// run, so a burst of edits (typing, ticking boxes) starts one job instead of one per edit.
public interface Debouncer {

    /// Runs `action` on the FX thread after the quiet period, unless another call comes first.
    void schedule(Runnable action);

    /// Drops the action not yet run, if any.
    void stop();
}
