package org.vwb.model.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.vwb.common.Cancellation;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;
import org.vwb.common.ProgressSink;
import org.vwb.model.patch.PlannedFile.Action;
import org.vwb.safetensors.DType;
import org.vwb.samples.SyntheticModelSpec;

/// The output appears complete or not at all: overwrite, leftovers of killed runs, cancellation.
class PatchAtomicityTest {

    @TempDir
    static Path shared;
    static PatchFixtures.Setup setup;

    @TempDir
    Path dir;

    @BeforeAll
    static void base() throws IOException {
        SyntheticModelSpec spec = SyntheticModelSpec.defaults().withTied(false).withDtype(DType.BF16).withShards(3);
        setup = PatchFixtures.setup(shared, PatchFixtures.synthetic(spec, shared), 64, true);
    }

    private PatchRequest request() {
        PatchRequest r = setup.request();
        return new PatchRequest(r.base(), dir.resolve("out"), r.tokenizer(), r.newVocabSize(), r.rows(), 0,
                java.util.Map.of(), false);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path previousOutput() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("previous.txt"), "the previous output");
        return out;
    }

    @Test
    void overwriteReplacesTheWholeFolder() throws IOException {
        Path out = previousOutput();
        new CheckpointPatcher().write(request().withOverwrite(true), JobContext.silent());
        assertFalse(Files.exists(out.resolve("previous.txt")), "nothing of the previous folder remains");
        assertTrue(Files.exists(out.resolve("config.json")));
        assertEquals(List.of("out"), names());
    }

    @Test
    void aTemporaryFolderOfAKilledRunIsRemovedByTheNextRun() throws IOException {
        Path leftover = Files.createDirectories(dir.resolve(".out.vwb-tmp-0badf00d").resolve("half"));
        Files.write(leftover.resolve("model-00001-of-00003.safetensors"), new byte[1000]);
        new CheckpointPatcher().write(request(), JobContext.silent());
        assertEquals(List.of("out"), names());
    }

    @Test
    void theNextRunAfterAnOverwriteKilledBetweenItsRenamesGetsThePreviousOutputBack() throws IOException {
        Path aside = Files.createDirectories(dir.resolve(".out.vwb-old-0badf00d"));
        Files.writeString(aside.resolve("previous.txt"), "the previous output");
        PatchException e = assertThrows(PatchException.class,
                () -> new CheckpointPatcher().write(request(), JobContext.silent()));
        assertEquals(PatchException.Reason.OUTPUT_EXISTS, e.reason());
        assertEquals("the previous output", Files.readString(dir.resolve("out/previous.txt")));
        assertEquals(List.of("out"), names());
    }

    @ParameterizedTest
    @ValueSource(strings = {"copying the base's unchanged tensors", "writing the grown tensors", "copying files", "writing config, index, tokenizer and extra files",
            "verifying", "moving into place"})
    void aCancelledRunLeavesNoOutputAndNoTemporaryFolder(String phase) throws IOException {
        Cancellation cancel = new Cancellation();
        List<String> phases = new ArrayList<>();
        ProgressSink sink = new ProgressSink() {
            @Override
            public void begin(String stage, long totalUnits) {
                phases.add(stage);
            }

            @Override
            public void advance(long units) {
                if (phases.getLast().equals(phase)) {
                    cancel.request(); // mid-phase: after its first chunk
                }
            }
        };
        JobContext ctx = new JobContext(sink, cancel);
        if (phase.equals("moving into place")) {
            // No bytes are counted in the last phase: cancel when it begins, as late as a cancel can come.
            ctx = new JobContext(new ProgressSink() {
                @Override
                public void begin(String stage, long totalUnits) {
                    phases.add(stage);
                    if (stage.equals(phase)) {
                        cancel.request();
                    }
                }

                @Override
                public void advance(long units) {
                }
            }, cancel);
        }
        JobContext run = ctx;
        assertThrows(JobCancelledException.class, () -> new CheckpointPatcher().write(request(), run));
        assertTrue(phases.contains(phase), phases.toString());
        assertEquals(List.of(), names(), "no output, no temporary folder");
    }

    @Test
    void aCancelledOverwriteKeepsThePreviousOutput() throws IOException {
        Path out = previousOutput();
        JobContext ctx = PatchFixtures.cancelWhenStageBegins("verifying", new Cancellation());
        assertThrows(JobCancelledException.class,
                () -> new CheckpointPatcher().write(request().withOverwrite(true), ctx));
        assertEquals("the previous output", Files.readString(out.resolve("previous.txt")));
        assertEquals(List.of("out"), names());
    }

    @Test
    void planWritesNothingAndListsEveryFile() throws IOException {
        PatchRequest r = request().withExtraFiles(java.util.Map.of("vwb-id-mapping.json", ExtraFile.of("{}")));
        PatchPlan plan = new CheckpointPatcher().plan(r);
        assertEquals(List.of(), names());
        assertEquals(List.of("model-00001-of-00003.safetensors", "model-00003-of-00003.safetensors"),
                plan.files(Action.REWRITE).stream().map(PlannedFile::path).toList());
        assertEquals(List.of("model-00002-of-00003.safetensors", "generation_config.json"),
                plan.files(Action.COPY).stream().map(PlannedFile::path).toList());
        assertEquals(List.of("tokenizer.json", "tokenizer.model", "tokenizer_config.json", "special_tokens_map.json"),
                plan.files(Action.TOKENIZER).stream().map(PlannedFile::path).toList());
        assertEquals(1, plan.files(Action.CONFIG).size());
        assertEquals(1, plan.files(Action.INDEX).size());
        assertEquals(2L, plan.files(Action.EXTRA).getFirst().bytes());
        assertEquals(List.of("model.embed_tokens.weight", "lm_head.weight"), plan.resizedTensors());
        assertEquals(plan.outputBytes() + PatchPlan.SPACE_MARGIN, plan.spaceNeeded());
        assertTrue(plan.enoughSpace());

        PatchResult result = new CheckpointPatcher().write(r, JobContext.silent());
        long onDisk = 0;
        try (Stream<Path> s = Files.walk(dir.resolve("out"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                onDisk += Files.size(p);
            }
        }
        assertEquals(onDisk, result.bytesWritten() + result.bytesCopied());
        assertTrue(Math.abs(plan.outputBytes() - onDisk) < 4096, plan.outputBytes() + " planned vs " + onDisk);
        assertEquals("{}", Files.readString(dir.resolve("out/vwb-id-mapping.json")));
        assertEquals(List.of("checking", "copying the base's unchanged tensors", "writing the grown tensors",
                "copying files",
                "writing config, index, tokenizer and extra files", "verifying", "moving into place"),
                result.phases().stream().map(PhaseTime::phase).toList());
    }
}
