package org.vwb.cli;

/// The exit codes of `vwb`, one per class of failure so scripts can branch on them.
public final class ExitCodes {
    /// Success.
    public static final int OK = 0;
    /// A bug: an unexpected exception (run with `--verbose` for the stack trace).
    public static final int INTERNAL = 1;
    /// Bad command line: unknown option, missing parameter, unknown sample name.
    public static final int USAGE = 2;
    /// Bad input files: a model folder, safetensors file or tokenizer that is malformed or inconsistent.
    public static final int BAD_INPUT = 3;
    /// Any other I/O failure: a missing file, no permission, an output folder that already exists.
    public static final int IO = 4;
    /// Cancelled by the user (Ctrl-C), as shells report SIGINT (128 + 2).
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
