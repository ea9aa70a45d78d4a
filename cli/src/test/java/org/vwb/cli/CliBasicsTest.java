package org.vwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.vwb.common.JobCancelledException;
import org.vwb.model.ModelFolderException;

class CliBasicsTest {

    @Test
    void versionNamesBuildAndJava() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("vwb ") && r.out().contains("Java 25"), r.out());
        assertEquals("", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "inspect --help", "samples --help", "samples list --help",
        "samples write --help", "help inspect"})
    void everyCommandHasHelp(String args) {
        CliRun r = CliRun.run(args.split(" "));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: vwb"), r.out());
    }

    @Test
    void noArgumentsPrintsTheHelp() {
        CliRun r = CliRun.run();
        assertEquals(0, r.code());
        assertTrue(r.out().contains("inspect") && r.out().contains("samples"), r.out());
    }

    @Test
    void helpListsTheExitCodes() {
        assertTrue(CliRun.run("--help").out().contains("130"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "inspect", "inspect a b", "inspect x --progress loud", "nosuchcommand",
        "samples write onlyname"})
    void badCommandLinesAreOneLineUsageErrors(String args) {
        CliRun r = CliRun.run(args.split(" "));
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("vwb: error: ") && r.err().contains("--help"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void exitCodesAreDistinctPerClass() {
        assertEquals(ExitCodes.CANCELLED, CliExceptionHandler.exitCode(new JobCancelledException()));
        assertEquals(ExitCodes.BAD_INPUT, CliExceptionHandler.exitCode(new ModelFolderException(
                ModelFolderException.Reason.NO_CONFIG, java.nio.file.Path.of("x"), "m")));
        assertEquals(ExitCodes.IO, CliExceptionHandler.exitCode(new java.nio.file.NoSuchFileException("x")));
        assertEquals(ExitCodes.INTERNAL, CliExceptionHandler.exitCode(new IllegalStateException("bug")));
    }
}
