package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.Cancellation;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;
import org.vwb.common.ProgressSink;
import org.vwb.model.HeadKind;
import org.vwb.model.ModelFolderException;
import org.vwb.model.ModelSummary;


class WorkbenchTest {

    @TempDir
    Path tmp;

    private final Workbench workbench = new Workbench();

    /// Records stage names, the way the GUI's and CLI's sinks would see them.
    static final class RecordingSink implements ProgressSink {
        final List<String> stages = new ArrayList<>();

        @Override
        public void begin(String stage, long totalUnits) {
            stages.add(stage);
        }

        @Override
        public void advance(long units) {
        }
    }

    @Test
    void inspectReportsEveryStageAndSummarisesEachSample() throws IOException {
        for (SampleEntry s : workbench.samples()) {
            Path dir = workbench.writeSample(new SampleRequest(s.name(), tmp.resolve(s.name())))
                    .run(JobContext.silent());
            RecordingSink sink = new RecordingSink();
            ModelSummary summary = workbench.inspect(dir).run(new JobContext(sink, new Cancellation()));
            assertEquals(Workbench.INSPECT_STAGES, sink.stages, s.name());
            assertEquals(dir, summary.folder(), s.name());
            assertTrue(summary.parameterCount() > 0, s.name());
            assertTrue(summary.vocabulary().isPresent(), s.name());
            if (s.name().contains("untied")) {
                assertEquals(HeadKind.UNTIED, summary.headKind(), s.name());
            } else if (s.name().contains("tied")) {
                assertEquals(HeadKind.TIED, summary.headKind(), s.name());
            }
        }
    }

    @Test
    void writeSampleRejectsUnknownNameListingKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> workbench.writeSample(new SampleRequest("no-such-sample", tmp.resolve("x"))));
        assertTrue(e.getMessage().contains(workbench.samples().getFirst().name()), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void writeSampleCancelledBeforeStartLeavesNothing() throws IOException {
        Cancellation c = new Cancellation();
        c.request();
        String name = workbench.samples().getFirst().name();
        assertThrows(JobCancelledException.class, () -> workbench.writeSample(new SampleRequest(name,
                tmp.resolve("out"))).run(new JobContext(ProgressSink.NONE, c)));
        try (var entries = Files.list(tmp)) {
            assertEquals(List.of(), entries.toList());
        }
    }

    @Test
    void writeSampleRefusesAnExistingFolder() throws IOException {
        Path existing = Files.createDirectory(tmp.resolve("taken"));
        String name = workbench.samples().getFirst().name();
        assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> workbench.writeSample(new SampleRequest(name, existing)).run(JobContext.silent()));
    }

    @Test
    void inspectOfMissingFolderNamesIt() {
        Path missing = tmp.resolve("nowhere");
        ModelFolderException e = assertThrows(ModelFolderException.class,
                () -> workbench.inspect(missing).run(JobContext.silent()));
        assertEquals(ModelFolderException.Reason.NOT_A_DIRECTORY, e.reason());
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }
}
