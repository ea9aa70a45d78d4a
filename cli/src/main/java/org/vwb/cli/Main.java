package org.vwb.cli;

import picocli.CommandLine;

import org.vwb.cli.progress.Interrupts;
import org.vwb.core.Workbench;

/// The `vwb` program: builds the facade and the command line, runs it, exits with its code.
public final class Main {

    private Main() {
    }

    /// Runs `vwb` with `args`.
    public static void main(String[] args) {
        Interrupts interrupts = new Interrupts();
        interrupts.install();
        java.io.Console console = System.console();
        boolean terminal = console != null && console.isTerminal() && !"dumb".equals(System.getenv("TERM"));
        CommandLine cl = Cli.create(new CliContext(new Workbench(), interrupts, terminal, System::nanoTime));
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        // Let a Ctrl-C shutdown hook that waited for the job to unwind finish only now, after the
        // error line is out; System.exit then completes the shutdown with our code.
        interrupts.release();
        System.exit(code);
    }
}
