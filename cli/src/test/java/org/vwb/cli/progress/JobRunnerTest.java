package org.vwb.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import org.vwb.cli.CliContext;
import org.vwb.common.JobCancelledException;
import org.vwb.core.Workbench;

class JobRunnerTest {

    private final Interrupts interrupts = new Interrupts();
    private final StringWriter err = new StringWriter();
    private final JobRunner runner = new JobRunner(new CliContext(new Workbench(), interrupts, false, () -> 0L),
            new PrintWriter(err));

    @Test
    void interruptCancelsTheRunningJobAtItsNextCheck() {
        int[] chunksDone = {0};
        assertThrows(JobCancelledException.class, () -> runner.run(ctx -> {
            ctx.progress().begin("work", 4);
            for (int i = 0; i < 4; i++) {
                ctx.cancellation().check();
                chunksDone[0]++;
                if (i == 1) {
                    assertTrue(interrupts.interruptCurrentJob(), "the job is attached while it runs");
                }
            }
            return "done";
        }, ProgressMode.JSON));
        assertEquals(2, chunksDone[0]);
        assertTrue(err.toString().contains("\"outcome\":\"cancelled\""), err.toString());
        assertFalse(interrupts.interruptCurrentJob(), "detached after the job ended");
    }

    @Test
    void resultAndOkOutcomeArePassedThrough() throws IOException {
        assertEquals("done", runner.run(ctx -> "done", ProgressMode.JSON));
        assertTrue(err.toString().contains("\"outcome\":\"ok\""), err.toString());
    }
}
