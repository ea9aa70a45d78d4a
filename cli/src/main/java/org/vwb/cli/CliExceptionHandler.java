package org.vwb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import org.vwb.common.JobCancelledException;
import org.vwb.core.BadInput;

/// The one place where `vwb` turns exceptions into a single line on stderr and an exit code (see
/// [ExitCodes]). The stack trace is printed only with `--verbose`. This is one of the two top levels
/// allowed to catch everything (STYLE 3.9).
final class CliExceptionHandler implements CommandLine.IExecutionExceptionHandler,
        CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("vwb: error: " + ex.getMessage() + " (try '" + cmd.getCommandSpec().qualifiedName()
                + " --help')");
        if (verbose(cmd.getParseResult())) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        cmd.getOut().flush();
        int code = exitCode(ex);
        err.println("vwb: " + (code == ExitCodes.CANCELLED ? "" : "error: ") + message(ex) + suffix(ex));
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        } else if (code == ExitCodes.INTERNAL && !(ex instanceof org.vwb.cli.progress.JobRunner.OutOfMemory)) {
            err.println("vwb: this is a bug; run again with --verbose for the stack trace");
        }
        err.flush();
        return code;
    }

    /// The exit code for `ex`.
    static int exitCode(Throwable ex) {
        if (BadInput.of(ex).isPresent()) {
            return ExitCodes.BAD_INPUT;
        }
        return switch (ex) {
            case JobCancelledException _ -> ExitCodes.CANCELLED;
            case IllegalArgumentException _ -> ExitCodes.USAGE;
            case IOException _ -> ExitCodes.IO;
            default -> ExitCodes.INTERNAL;
        };
    }

    private static String message(Throwable ex) {
        return switch (ex) {
            case JobCancelledException _ -> "cancelled; nothing was written";
            case NoSuchFileException e -> e.getFile() + ": no such file or folder";
            case AccessDeniedException e -> e.getFile() + ": permission denied";
            case FileAlreadyExistsException e -> e.getFile() + ": already exists"
                    + (e.getReason() == null ? "" : "; " + e.getReason());
            case FileSystemException e -> e.getMessage();
            default -> ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
        };
    }

    /// The `(Type: reason)` suffix: the technical cause, kept apart from the user-facing message.
    private static String suffix(Throwable ex) {
        if (ex instanceof JobCancelledException) {
            return "";
        }
        String reason = BadInput.of(ex).map(BadInput::reason).orElseGet(() ->
                ex.getCause() != null && ex.getCause().getMessage() != null ? ex.getCause().getMessage() : null);
        return reason == null ? " (" + ex.getClass().getSimpleName() + ")"
                : " (" + ex.getClass().getSimpleName() + ": " + reason + ")";
    }

    private static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
