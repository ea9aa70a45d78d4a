package org.vwb.common;

/// Small thread helpers shared by the jobs' side threads.
public final class Threads {
    private Threads() {
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
