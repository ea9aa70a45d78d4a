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
        } catch (OutOfMemoryError e) {
            // An Error would escape picocli's handler as a stack trace. The job's partial output is in a
            // temporary folder that the next run removes; say what to change instead.
            throw new OutOfMemory(Runtime.getRuntime().maxMemory(), e);
        } finally {
            sink.finish(outcome);
            context.interrupts().detach(cancellation);
        }
    }

    /// The heap was too small for the job; one line on stderr, exit code 1.
    public static final class OutOfMemory extends IllegalStateException {
        OutOfMemory(long maxHeap, OutOfMemoryError cause) {
            super(String.format(java.util.Locale.ROOT, "out of memory with a %.1f GiB heap; run again with a larger one,"
                    + " e.g. VWB_JAVA_OPTS=-Xmx%dg (nothing was written)", maxHeap / 1073741824.0,
                    Math.max(2, (long) Math.ceil(maxHeap / 1073741824.0) * 2)), cause);
        }
    }
}
