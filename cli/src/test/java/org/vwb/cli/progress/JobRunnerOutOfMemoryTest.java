package org.vwb.cli.progress;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.vwb.cli.CliContext;
import org.vwb.core.Workbench;

class JobRunnerOutOfMemoryTest {

    @Test
    void anOutOfMemoryErrorBecomesOneLineThatSaysHowToRaiseTheHeap() {
        CliContext context = new CliContext(new Workbench(), new Interrupts(), false, System::nanoTime);
        JobRunner runner = new JobRunner(context, new PrintWriter(new StringWriter()));
        JobRunner.OutOfMemory e = assertThrows(JobRunner.OutOfMemory.class,
                () -> runner.run(ctx -> { throw new OutOfMemoryError("Java heap space"); }, ProgressMode.NONE));
        assertTrue(e.getMessage().startsWith("out of memory with a "), e.getMessage());
        assertTrue(e.getMessage().contains("VWB_JAVA_OPTS=-Xmx"), e.getMessage());
    }
}
