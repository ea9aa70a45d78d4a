package org.vwb.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SideTaskTest {

    /// Work that runs until its context is cancelled, checking it as jobs do; `ended` is set when it stops.
    private static SideTask.Work<String> untilCancelled(CountDownLatch started, AtomicBoolean ended) {
        return ctx -> {
            started.countDown();
            try {
                while (true) {
                    ctx.cancellation().check();
                    Thread.onSpinWait();
                }
            } finally {
                ended.set(true);
            }
        };
    }

    @Test
    void awaitReturnsTheResultAndTheTaskRanOnItsOwnThread() throws IOException {
        SideTask<String> t = SideTask.start("side", ctx -> Thread.currentThread().getName());
        assertEquals("side", t.await(JobContext.silent()));
        assertTrue(t.millis() >= 0);
    }

    @Test
    void awaitRethrowsTheTasksExceptionAsItWas() {
        IOException failure = new IOException("corpus.txt: not UTF-8");
        SideTask<String> t = SideTask.start("side", ctx -> {
            throw failure;
        });
        assertSame(failure, assertThrows(IOException.class, () -> t.await(JobContext.silent())));
    }

    @Test
    void stopCancelsTheTaskAndReturnsOnlyOnceItHasEnded() throws InterruptedException {
        Running r = Running.start();
        assertFalse(r.ended().get());
        r.task().stop();
        assertTrue(r.ended().get(), "stop waits for the task to end");
    }

    /// A side task running until cancelled, and whether it has ended.
    private record Running(SideTask<String> task, AtomicBoolean ended) {
        static Running start() throws InterruptedException {
            CountDownLatch started = new CountDownLatch(1);
            AtomicBoolean ended = new AtomicBoolean();
            SideTask<String> t = SideTask.start("side", untilCancelled(started, ended));
            started.await();
            return new Running(t, ended);
        }
    }

    private static JobContext cancelledJob() {
        JobContext main = JobContext.silent();
        main.cancellation().request();
        return main;
    }

    @Test
    void cancellingTheJobWhileWaitingStopsTheTaskAndThrowsTheCancellation() throws InterruptedException {
        Running r = Running.start();
        JobContext main = cancelledJob();
        assertThrows(JobCancelledException.class, () -> r.task().await(main));
        assertTrue(r.ended().get());
    }

    @Test
    void whatTheWaitingCallbackThrowsStopsTheTaskBeforeItIsRethrown() throws InterruptedException {
        // The patch's callback reports the copy's bytes to the job's meter, which throws the job's
        // cancellation: the copy must have ended before the caller deletes the folder it writes into.
        Running r = Running.start();
        JobContext main = cancelledJob();
        assertThrows(JobCancelledException.class, () -> r.task().await(main, () -> main.cancellation().check()));
        assertTrue(r.ended().get(), "the task ended before await threw");
        assertTrue(r.task().isDone());
    }
}
