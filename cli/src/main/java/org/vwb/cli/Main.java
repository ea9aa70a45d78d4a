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
        quietLibraryLogging();
        Interrupts interrupts = new Interrupts();
        interrupts.install();
        java.io.Console console = System.console();
        boolean terminal = console != null && console.isTerminal() && !"dumb".equals(System.getenv("TERM"));
        CommandLine cl = Cli.create(new CliContext(new Workbench(), interrupts, terminal, System::nanoTime));
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        if (interrupts.signalled()) {
            // Ctrl-C arrived while the job ran and the JVM is already shutting down: exit() would block and
            // the JVM would report the signal (130) whatever the outcome. A job that finished before its
            // next cancellation check did complete its output, so report the real outcome. Halting while
            // the hook still waits avoids racing it; the error line is already flushed.
            Runtime.getRuntime().halt(code);
        }
        interrupts.release();
        System.exit(code);
    }

    /// `System.Logger` goes to java.util.logging, whose default handler prints INFO lines (e.g. which
    /// numeric backend was picked) to stderr between our own messages. Users see warnings and errors only,
    /// as with slf4j-simple; `VWB_LOG=info` brings the chatter back for diagnosis.
    private static void quietLibraryLogging() {
        String level = System.getenv().getOrDefault("VWB_LOG", "warning").toUpperCase(java.util.Locale.ROOT);
        java.util.logging.Level l;
        try {
            l = java.util.logging.Level.parse(level);
        } catch (IllegalArgumentException e) {
            l = java.util.logging.Level.WARNING;
        }
        java.util.logging.Logger.getLogger("").setLevel(l);
    }
}
