package org.vwb.common;

/// Small thread helpers shared by the jobs' side threads.
public final class Threads {
    private Threads() {
    }

    /// Rethrows what work on another thread failed with, as it was: an [java.io.IOException], an unchecked
    /// exception or an error; any other checked exception wrapped in an `IOException`.
    public static void rethrow(Throwable failure) throws java.io.IOException {
        switch (failure) {
            case java.io.IOException io -> throw io;
            case RuntimeException re -> throw re;
            case Error err -> throw err;
            default -> throw new java.io.IOException(failure);
        }
    }

    /// Waits until `thread` has ended, even when interrupted meanwhile (the interrupt is kept for the
    /// caller): a side thread still reading files must end before they are deleted or unmapped.
    public static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
