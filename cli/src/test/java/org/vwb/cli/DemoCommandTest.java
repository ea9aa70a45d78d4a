package org.vwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.core.Workbench;

class DemoCommandTest {

    @TempDir
    Path tmp;

    @Test
    void demoWritesEverySampleAndInspectsIt() {
        Path dir = tmp.resolve("demo");
        CliRun r = CliRun.run("demo", dir.toString(), "--progress", "none");
        assertEquals(0, r.code(), r.err());
        for (String name : Workbench.DEMO_SAMPLES) {
            assertTrue(Files.isRegularFile(dir.resolve(name).resolve("config.json")), name);
            assertTrue(r.out().contains(dir.resolve(name).toString()), r.out());
        }
        assertTrue(r.out().contains("30522"), "the MiniLM summary shows its real vocabulary: " + r.out());
    }

    @Test
    void rerunReplacesItsOwnOutput() throws IOException {
        Path dir = tmp.resolve("demo");
        assertEquals(0, CliRun.run("demo", dir.toString(), "--progress", "none").code());
        Files.writeString(dir.resolve("stale.txt"), "from the first run");
        CliRun again = CliRun.run("demo", dir.toString(), "--progress", "none");
        assertEquals(0, again.code(), again.err());
        assertFalse(Files.exists(dir.resolve("stale.txt")), "the folder was replaced as a whole");
    }

    @Test
    void refusesAFolderItDidNotWrite() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(dir.resolve("precious.txt"), "keep me");
        CliRun r = CliRun.run("demo", dir.toString(), "--progress", "none");
        assertEquals(ExitCodes.IO, r.code(), r.err());
        assertTrue(r.err().contains(dir.toString()) && r.err().contains("not written by 'vwb demo'"), r.err());
        assertEquals("keep me", Files.readString(dir.resolve("precious.txt")));
    }
}
