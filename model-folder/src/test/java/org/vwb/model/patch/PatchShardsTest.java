package org.vwb.model.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.model.patch.PlannedFile.Action;
import org.vwb.safetensors.DType;
import org.vwb.samples.SyntheticModelSpec;

class PatchShardsTest {

    private static final String SHARD1 = "model-00001-of-00003.safetensors";
    private static final String SHARD2 = "model-00002-of-00003.safetensors";
    private static final String SHARD3 = "model-00003-of-00003.safetensors";

    @TempDir
    Path dir;

    @Test
    void onlyTheShardsHoldingEmbeddingAndHeadAreRewrittenTheOtherIsByteIdentical() throws IOException {
        SyntheticModelSpec spec = SyntheticModelSpec.defaults().withTied(false).withDtype(DType.BF16).withShards(3);
        Path base = PatchFixtures.synthetic(spec, dir);
        PatchFixtures.Setup s = PatchFixtures.setup(dir, base, spec.hiddenSize(), true);

        PatchPlan plan = new CheckpointPatcher().plan(s.request());
        assertEquals(List.of(SHARD1, SHARD3), plan.files(Action.REWRITE).stream().map(PlannedFile::path).toList());
        PatchResult r = new CheckpointPatcher().write(s.request(), JobContext.silent());

        assertEquals(List.of(SHARD1, SHARD3), r.shardsRewritten());
        assertEquals(List.of(SHARD2), r.shardsCopied());
        Path out = dir.resolve("out");
        assertEquals(-1, Files.mismatch(base.resolve(SHARD2), out.resolve(SHARD2)), "copied shard is byte-identical");
        assertEquals(Files.size(base.resolve(SHARD2)) + copiedOtherFiles(plan), r.bytesCopied());
    }

    @Test
    void aTiedModelRewritesOnlyTheEmbeddingShard() throws IOException {
        SyntheticModelSpec spec = SyntheticModelSpec.defaults().withDtype(DType.BF16).withShards(2);
        Path base = PatchFixtures.synthetic(spec, dir);
        PatchFixtures.Setup s = PatchFixtures.setup(dir, base, spec.hiddenSize(), false);

        PatchResult r = new CheckpointPatcher().write(s.request(), JobContext.silent());

        String first = "model-00001-of-00002.safetensors";
        String second = "model-00002-of-00002.safetensors";
        assertEquals(List.of(first), r.shardsRewritten());
        assertEquals(List.of(second), r.shardsCopied());
        assertEquals(-1, Files.mismatch(base.resolve(second), dir.resolve("out").resolve(second)));
        assertEquals(2, r.verify().filesCompared(), "the copied shard and generation_config.json compared as files");
    }

    private static long copiedOtherFiles(PatchPlan plan) {
        return plan.files(Action.COPY).stream().filter(f -> !f.path().endsWith(".safetensors"))
                .mapToLong(PlannedFile::bytes).sum();
    }
}
