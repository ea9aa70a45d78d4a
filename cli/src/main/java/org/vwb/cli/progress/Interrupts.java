package org.vwb.cli.progress;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.vwb.common.Cancellation;

/// Turns Ctrl-C into [Cancellation#request()] for the job that is running, then keeps the JVM alive
/// until `Main` has reported the outcome (so the "cancelled" line is printed and partial output removed).
public final class Interrupts {

    /// How long the shutdown hook waits for a job to unwind before letting the JVM go anyway.
    private static final long UNWIND_SECONDS = 30;

    private final AtomicReference<Cancellation> current = new AtomicReference<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean signalled;

    /// Registers the shutdown hook. Called once, by `Main`; tests never install it.
    public void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::onShutdown, "vwb-interrupt"));
    }

    /// Makes `cancellation` the one a Ctrl-C requests.
    public void attach(Cancellation cancellation) {
        current.set(cancellation);
    }

    /// Forgets `cancellation` once its job has ended.
    public void detach(Cancellation cancellation) {
        current.compareAndSet(cancellation, null);
    }

    /// Lets a waiting shutdown hook return: the outcome has been reported.
    public void release() {
        released.countDown();
    }

    /// Requests cancellation of the running job, as Ctrl-C does; returns whether a job was running.
    public boolean interruptCurrentJob() {
        Cancellation c = current.get();
        if (c == null) {
            return false;
        }
        c.request();
        return true;
    }

    /// Whether the JVM is shutting down because of a signal (Ctrl-C) that arrived while a job ran.
    public boolean signalled() {
        return signalled;
    }

    private void onShutdown() {
        signalled = current.get() != null;
        if (!interruptCurrentJob()) {
            return; // normal exit, or Ctrl-C between jobs: nothing to unwind
        }
        try {
            released.await(UNWIND_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
