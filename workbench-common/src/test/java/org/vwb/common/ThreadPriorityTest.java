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
