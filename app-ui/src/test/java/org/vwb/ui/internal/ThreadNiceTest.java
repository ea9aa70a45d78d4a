package org.vwb.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.vwb.common.ThreadPriority;

class ThreadNiceTest {

    private static final boolean LINUX = System.getProperty("os.name", "").startsWith("Linux");

    @Test
    void aLoweredThreadAndTheThreadsItStartsRunAtTheNewNiceValue() throws Exception {
        AtomicReference<Boolean> took = new AtomicReference<>();
        AtomicInteger own = new AtomicInteger(Integer.MIN_VALUE);
        AtomicInteger child = new AtomicInteger(Integer.MIN_VALUE);
        Thread t = new Thread(() -> {
            took.set(ThreadNice.lowerCurrentThread(7));
            own.set(niceOfThisThread());
            Thread c = new Thread(() -> child.set(niceOfThisThread()));
            c.start();
            try {
                c.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        t.join();
        if (LINUX) {
            assertTrue(took.get());
            assertEquals(7, own.get());
            assertEquals(7, child.get());
        } else {
            assertFalse(took.get()); // a no-op where a thread id cannot be reniced alone
        }
    }

    @Test
    void theCallingThreadIsLeftAloneWhenAnotherThreadIsLowered() throws Exception {
        int before = niceOfThisThread();
        Thread t = new Thread(() -> ThreadNice.lowerCurrentThread(9));
        t.start();
        t.join();
        assertEquals(before, niceOfThisThread());
    }

    @Test
    void compilerThreadsAreRecognisedByTheirOsName() {
        assertTrue(ThreadNice.compiler("C2 CompilerThre"));
        assertTrue(ThreadNice.compiler("C1 CompilerThre"));
        assertFalse(ThreadNice.compiler("JavaFX Applicat"));
        assertFalse(ThreadNice.compiler("QuantumRenderer"));
    }

    /// This thread's nice value as [ThreadPriority] reads it, or 0 where there is none.
    private static int niceOfThisThread() {
        return ThreadPriority.currentNice().orElse(0);
    }
}
