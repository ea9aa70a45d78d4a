package org.vwb.model.patch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.Cancellation;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.SafetensorsFile;
import org.vwb.safetensors.SafetensorsWriter;
import org.vwb.safetensors.TensorInfo;
import org.vwb.samples.SyntheticModelSpec;

/// The copy of the base's unchanged tensors started before the rows exist, and the write that takes its
/// folder over.
class BaseCopyTest {

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

    private PatchRequest request(Path out) {
        PatchRequest r = setup.request();
        return new PatchRequest(r.base(), out, r.tokenizer(), r.newVocabSize(), r.rows(), 0, Map.of(), false);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatTakesOverABaseCopyWritesTheSameBytesAsOneWithout() throws IOException {
        CheckpointPatcher patcher = new CheckpointPatcher();
        PatchResult direct = patcher.write(request(dir.resolve("direct")), JobContext.silent());
        PatchResult viaCopy;
        try (BaseCopy copy = patcher.startBaseCopy(setup.request().base(), dir.resolve("early"), false)) {
            viaCopy = patcher.write(request(dir.resolve("early")), JobContext.silent(), copy);
            assertEquals(copy.totalBytes(), copy.copiedBytes());
        }
        assertEquals(direct.verify().bytesCompared(), viaCopy.verify().bytesCompared());
        assertEquals(List.of("direct", "early"), names(), "no temporary folder left");
        try (Stream<Path> files = Files.list(dir.resolve("direct"))) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("early").resolve(f.getFileName())),
                        f.getFileName().toString());
            }
        }
        assertEquals(direct.shardsCopied(), viaCopy.shardsCopied());
        assertEquals(direct.bytesCopied(), viaCopy.bytesCopied());
        assertEquals(direct.bytesWritten(), viaCopy.bytesWritten());
    }

    @Test
    void theGrowingTensorsAreLaidOutAfterTheOthersOfTheirShard() throws IOException {
        PatchResult r = new CheckpointPatcher().write(request(dir.resolve("out")), JobContext.silent());
        for (String shard : r.shardsRewritten()) {
            try (SafetensorsFile f = SafetensorsFile.open(dir.resolve("out").resolve(shard))) {
                List<TensorInfo> byOffset = f.header().tensors().stream()
                        .sorted(java.util.Comparator.comparingLong(TensorInfo::begin)).toList();
                TensorInfo last = byOffset.getLast();
                assertTrue(r.tensorsRewritten().contains(last.name()), shard + ": last is " + last.name());
                assertEquals(setup.request().newVocabSize(), last.shape()[0]);
            }
        }
    }

    @Test
    void closingAnUnusedBaseCopyLeavesNothing() throws IOException {
        try (BaseCopy copy = new CheckpointPatcher().startBaseCopy(setup.request().base(), dir.resolve("out"), false)) {
            assertTrue(copy.totalBytes() > 0);
            assertEquals(1, names().size(), "the temporary folder while it copies: " + names());
        }
        assertEquals(List.of(), names());
    }

    @Test
    void aBaseCopyRefusesAnExistingOutputAnOutputInsideTheBaseAndTooLittleSpace() throws IOException {
        Path base = setup.request().base();
        Files.createDirectories(dir.resolve("out"));
        PatchException exists = assertThrows(PatchException.class,
                () -> new CheckpointPatcher().startBaseCopy(base, dir.resolve("out"), false));
        assertEquals(PatchException.Reason.OUTPUT_EXISTS, exists.reason());
        PatchException inside = assertThrows(PatchException.class,
                () -> new CheckpointPatcher().startBaseCopy(base, base.resolve("patched"), false));
        assertEquals(PatchException.Reason.OUTPUT_OVERLAPS_INPUT, inside.reason());
        PatchException space = assertThrows(PatchException.class,
                () -> new CheckpointPatcher(_ -> 1000).startBaseCopy(base, dir.resolve("new"), false));
        assertEquals(PatchException.Reason.DISK_SPACE, space.reason());
        assertTrue(space.getMessage().contains("but only 1000 bytes"), space.getMessage());
        assertEquals(List.of("out"), names(), "nothing written by the refused copies");
    }

    @Test
    void aCancelWhileWaitingForTheCopyLeavesNothingOnceClosed() throws IOException {
        JobContext ctx = PatchFixtures.cancelWhenStageBegins("copying the base's unchanged tensors", new Cancellation());
        CheckpointPatcher patcher = new CheckpointPatcher();
        try (BaseCopy copy = patcher.startBaseCopy(setup.request().base(), dir.resolve("out"), false)) {
            assertThrows(JobCancelledException.class, () -> patcher.write(request(dir.resolve("out")), ctx, copy));
        }
        assertEquals(List.of(), names());
    }

    @Test
    void aWriteForAnotherOutputThanTheCopysIsRefused() throws IOException {
        CheckpointPatcher patcher = new CheckpointPatcher();
        try (BaseCopy copy = patcher.startBaseCopy(setup.request().base(), dir.resolve("out"), false)) {
            assertThrows(IllegalArgumentException.class,
                    () -> patcher.write(request(dir.resolve("other")), JobContext.silent(), copy));
        }
        assertEquals(List.of(), names());
    }

    @Test
    void aBaseWhoseWeightsChangedDuringTheCopyIsRefused() throws IOException {
        Path base = Files.createDirectories(dir.resolve("base"));
        try (Stream<Path> files = Files.list(setup.request().base())) {
            for (Path f : files.toList()) {
                Files.copy(f, base.resolve(f.getFileName()));
            }
        }
        PatchRequest r = setup.request();
        PatchRequest request = new PatchRequest(base, dir.resolve("out"), r.tokenizer(), r.newVocabSize(), r.rows(), 0,
                Map.of(), false);
        CheckpointPatcher patcher = new CheckpointPatcher();
        try (BaseCopy copy = patcher.startBaseCopy(base, dir.resolve("out"), false)) {
            while (copy.copiedBytes() < copy.totalBytes()) {
                Thread.onSpinWait();
            }
            Path shard = base.resolve("model-00002-of-00003.safetensors");
            Path changed = dir.resolve("changed.safetensors");
            try (SafetensorsFile f = SafetensorsFile.open(shard)) {
                SafetensorsWriter w = SafetensorsWriter.create().metadata("edited", "yes");
                f.header().tensors().forEach(t -> w.copy(f.tensor(t.name())));
                w.write(changed);
            }
            Files.move(changed, shard, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            PatchException e = assertThrows(PatchException.class, () -> patcher.write(request, JobContext.silent(), copy));
            assertEquals(PatchException.Reason.BASE_CHANGED, e.reason());
        }
        assertEquals(List.of("base"), names());
    }

    @Test
    void aShardWhoseStagedLayoutWouldMisalignATensorIsRewrittenWholeAndStillVerifies() throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        SyntheticModelSpec spec = SyntheticModelSpec.defaults().withTied(false).withDtype(DType.BF16).withShards(1);
        Path base = PatchFixtures.synthetic(spec, work);
        Path shard = base.resolve("model.safetensors");
        Path odd = work.resolve("odd.safetensors");
        try (SafetensorsFile f = SafetensorsFile.open(shard)) {
            SafetensorsWriter w = SafetensorsWriter.create();
            f.header().tensors().forEach(t -> w.copy(f.tensor(t.name())));
            w.add("extra.flags", DType.U8, new long[] {3}, org.vwb.safetensors.TensorData.of(new byte[] {1, 2, 3}));
            w.write(odd);
        }
        Files.move(odd, shard, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        PatchFixtures.Setup s = PatchFixtures.setup(work, base, 64, true);
        CheckpointPatcher patcher = new CheckpointPatcher();
        try (BaseCopy copy = patcher.startBaseCopy(base, dir.resolve("out"), false)) {
            patcher.write(new PatchRequest(base, dir.resolve("out"), s.tokenizer(), s.newSize(), s.rows(), 0, Map.of(),
                    false), JobContext.silent(), copy);
        }
        try (SafetensorsFile f = SafetensorsFile.open(dir.resolve("out/model.safetensors"))) {
            for (TensorInfo t : f.header().tensors()) {
                assertEquals(0, (f.header().dataStart() + t.begin()) % t.dtype().alignment(), t.name());
            }
            assertArrayEquals(new byte[] {1, 2, 3}, f.tensor("extra.flags").data()
                    .toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
        }
    }
}
