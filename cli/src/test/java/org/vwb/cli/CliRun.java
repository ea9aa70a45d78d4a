package org.vwb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

import org.vwb.cli.progress.Interrupts;
import org.vwb.core.Workbench;

/// Runs `vwb` in-process with captured stdout and stderr (picocli's writers, not `System.setOut`).
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.create(new CliContext(new Workbench(), new Interrupts(), false, () -> 0L));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /// Stderr lines, for asserting the one-line error contract.
    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\\R");
    }
}
