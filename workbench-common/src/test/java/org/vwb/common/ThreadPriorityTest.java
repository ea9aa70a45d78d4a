package org.vwb.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class ThreadPriorityTest {
    private static final boolean LINUX = System.getProperty("os.name", "").startsWith("Linux");

    @Test
    void callLoweredRunsTheWorkOnAThreadWithAHigherNiceValueAndLeavesTheCallerAsItWas() throws IOException {
        OptionalInt before = ThreadPriority.currentNice();
        int[] inside = ThreadPriority.callLowered("test-lowered", 3, () -> new int[] {
            ThreadPriority.currentNice().orElse(Integer.MIN_VALUE), (int) Thread.currentThread().threadId()});
        assertEquals(before, ThreadPriority.currentNice());
        assertNotEquals(Thread.currentThread().threadId(), inside[1]);
        if (LINUX) {
            assertEquals(Math.min(ThreadPriority.MAX_NICE, before.getAsInt() + 3), inside[0]);
        } else {
            assertEquals(Integer.MIN_VALUE, inside[0]);
        }
    }

    @Test
    void threadsStartedByALoweredThreadInheritItsNiceValue() throws IOException {
        int[] got = ThreadPriority.callLowered("test-parent", 2, () -> {
            int parent = ThreadPriority.currentNice().orElse(Integer.MIN_VALUE);
            AtomicReference<Integer> child = new AtomicReference<>();
            Thread t = Thread.ofPlatform().start(() -> child.set(ThreadPriority.currentNice().orElse(Integer.MIN_VALUE)));
            Threads.joinUninterruptibly(t);
            return new int[] {parent, child.get()};
        });
        assertEquals(got[0], got[1]);
    }

    @Test
    void lowerCurrentThreadRefusesNothingToDoAndReportsWhetherItChangedTheValue() throws IOException {
        boolean[] changed = ThreadPriority.callLowered("test-direct", 0, () -> new boolean[] {
            ThreadPriority.currentNice().orElse(ThreadPriority.MAX_NICE) < ThreadPriority.MAX_NICE - 1,
            ThreadPriority.lowerCurrentThread(0), ThreadPriority.lowerCurrentThread(-1),
            ThreadPriority.lowerCurrentThread(1), ThreadPriority.lowerCurrentThread(ThreadPriority.MAX_NICE + 5),
            ThreadPriority.lowerCurrentThread(1)});
        boolean room = changed[0]; // false off Linux, or where the test runs at the lowest priority already
        assertFalse(changed[1], "an increment of 0 changes nothing");
        assertFalse(changed[2], "a negative increment would need privileges: refused");
        assertEquals(room, changed[3]);
        assertFalse(changed[5], "already at the lowest priority");
    }

    @Test
    void raiseCurrentThreadToSetsAHigherValueAndNeverALowerOne() throws IOException {
        int[] got = ThreadPriority.callLowered("test-to", 0, () -> {
            int start = ThreadPriority.currentNice().orElse(ThreadPriority.MAX_NICE);
            boolean up = ThreadPriority.raiseCurrentThreadTo(Math.min(ThreadPriority.MAX_NICE, start + 2));
            int after = ThreadPriority.currentNice().orElse(ThreadPriority.MAX_NICE);
            boolean down = ThreadPriority.raiseCurrentThreadTo(start);
            return new int[] {start, up ? 1 : 0, after, down ? 1 : 0,
                ThreadPriority.currentNice().orElse(ThreadPriority.MAX_NICE)};
        });
        if (LINUX) {
            assertEquals(1, got[1]);
            assertEquals(Math.min(ThreadPriority.MAX_NICE, got[0] + 2), got[2]);
            assertEquals(got[0] == got[2] ? 1 : 0, got[3], "going back to a lower value is not attempted");
            assertEquals(got[2], got[4]);
        } else {
            assertEquals(0, got[1]);
        }
    }

    @Test
    void threadsChosenByNameAreLoweredAndOthersAreNot() throws Exception {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        AtomicReference<Integer> named = new AtomicReference<>();
        Thread target = Thread.ofPlatform().name("vwb-test-target").start(() -> {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            named.set(ThreadPriority.currentNice().orElse(Integer.MIN_VALUE));
        });
        int before = ThreadPriority.currentNice().orElse(0);
        int changed = ThreadPriority.raiseThreadsNamed("vwb-test-target"::equals, Math.min(ThreadPriority.MAX_NICE,
                before + 4));
        done.countDown();
        Threads.joinUninterruptibly(target);
        assertEquals(ThreadPriority.currentNice().orElse(0), before, "this thread's name does not match");
        if (LINUX) {
            assertEquals(1, changed);
            assertEquals(Math.min(ThreadPriority.MAX_NICE, before + 4), named.get());
        } else {
            assertEquals(0, changed);
        }
    }

    @Test
    void callLoweredRethrowsWhatTheWorkThrew() {
        IOException io = new IOException("disk");
        assertSame(io, assertThrows(IOException.class, () -> ThreadPriority.callLowered("test-io", 1, () -> {
            throw io;
        })));
        IllegalStateException ise = new IllegalStateException("state");
        assertSame(ise, assertThrows(IllegalStateException.class, () -> ThreadPriority.callLowered("test-rt", 1, () -> {
            throw ise;
        })));
    }

    @Test
    void currentNiceIsKnownOnLinux() {
        assertEquals(LINUX, ThreadPriority.currentNice().isPresent());
        assertTrue(ThreadPriority.currentNice().orElse(0) <= ThreadPriority.MAX_NICE);
    }
}
