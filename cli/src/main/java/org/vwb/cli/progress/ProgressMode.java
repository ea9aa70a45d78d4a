package org.vwb.cli.progress;

/// How `--progress` shows a running job on stderr.
public enum ProgressMode {
    /// A bar on a terminal, plain lines otherwise.
    AUTO,
    /// A bar with rate and ETA, redrawn in place (terminals only).
    BAR,
    /// One line per stage and at most one progress line per second: for logs and CI.
    PLAIN,
    /// One JSON object per line (`begin`, `progress`, `note`, `end` events): for scripts.
    JSON,
    /// Nothing.
    NONE;

    /// `AUTO` resolved for where stderr goes.
    public ProgressMode resolve(boolean terminal) {
        return this == AUTO ? (terminal ? BAR : PLAIN) : this;
    }
}
