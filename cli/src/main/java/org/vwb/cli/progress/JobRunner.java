package org.vwb.cli.progress;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Objects;

import org.vwb.cli.CliContext;
import org.vwb.common.Cancellation;
import org.vwb.common.Job;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;

/// Runs a [Job] on the calling thread with a [ConsoleProgress] on stderr and Ctrl-C wired to its
/// [Cancellation].
public final class JobRunner {

    private final CliContext context;
    private final PrintWriter err;

    /// A runner reporting to `err`.
    public JobRunner(CliContext context, PrintWriter err) {
        this.context = Objects.requireNonNull(context, "context");
        this.err = Objects.requireNonNull(err, "err");
    }

    /// Runs `job`, showing progress as `mode` says, and returns its result.
    ///
    /// @throws IOException what the job threw
    /// @throws JobCancelledException when the user pressed Ctrl-C
    public <R> R run(Job<R> job, ProgressMode mode) throws IOException {
        Cancellation cancellation = new Cancellation();
        ProgressMode resolved = mode.resolve(context.terminal());
        ConsoleProgress sink = new ConsoleProgress(err, resolved, context.nanoClock());
        context.interrupts().attach(cancellation);
        String outcome = "failed";
        try {
            R result = job.run(new JobContext(sink, cancellation));
            outcome = "ok";
            return result;
        } catch (JobCancelledException e) {
            outcome = "cancelled";
            throw e;
        } finally {
            sink.finish(outcome);
            context.interrupts().detach(cancellation);
        }
    }
}
