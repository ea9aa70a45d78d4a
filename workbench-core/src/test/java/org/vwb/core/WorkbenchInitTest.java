package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.Origin;
import org.vwb.embedinit.ProvenanceCsv;
import org.vwb.embedinit.TokenInit;
import org.vwb.model.ModelFolder;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.TensorView;
import org.vwb.vocab.TokenizerEncoder;

/// `vwb init` end to end on generated samples: merge Chinese pieces into the sample tokenizer, initialise
/// the new rows, reopen the written checkpoint and look the new rows up through the new tokenizer.
class WorkbenchInitTest {

    @TempDir
    Path tmp;

    private final Workbench workbench = new Workbench();

    private Path merged(Path model) throws IOException {
        return InitFixtures.merged(workbench, tmp, model);
    }

    private Path sample(String name) throws IOException {
        return InitFixtures.sample(tmp, name);
    }

    @Test
    void meanInitOnAnUntiedSampleWritesAVerifiedCheckpointWhoseNewRowsTheTokenizerReaches() throws Exception {
        Path model = sample("tiny-llama-untied-bf16");
        Path tok = merged(model);
        Path out = tmp.resolve("patched");
        InitSummary s = workbench.init(InitRequest.of(model, tok, "mean", Map.of(), out)).run(JobContext.silent());
        assertFalse(s.tied());
        assertTrue(s.newTokens() > 20, "new tokens " + s.newTokens());
        ModelFolder patched = ModelFolder.open(out);
        assertEquals(s.baseRows() + s.newTokens(), patched.config().vocabSize());
        List<TokenInit> rows = ProvenanceCsv.read(out.resolve(ProvenanceCsv.FILE_NAME));
        assertEquals(2 * s.newTokens(), rows.size(), "one record per token for input and head");
        assertTrue(rows.stream().allMatch(r -> r.origin() == Origin.MEAN));
        try (TokenizerEncoder enc = TokenizerEncoder.open(out); Checkpoint cp = Checkpoint.open(out)) {
            int[] ids = enc.encode("中文");
            int newId = java.util.Arrays.stream(ids).filter(id -> id >= s.baseRows()).findFirst().orElseThrow();
            TensorView emb = cp.tensor(patched.layout().embedding().name());
            float[] row = new float[(int) emb.columns()];
            emb.readRow(newId, row);
            float[] other = new float[row.length];
            emb.readRow(s.baseRows(), other);
            assertArrayEquals(other, row, 0f, "every mean row is the same row");
        }
    }

    @Test
    void aTokenizerThatDoesNotExtendTheModelIsRefusedAndNothingIsWritten() throws Exception {
        Path model = sample("tiny-llama-tied-f32");
        Path other = sample("minilm-l6");
        Path out = tmp.resolve("never");
        InitInputException e = assertThrows(InitInputException.class,
                () -> workbench.init(InitRequest.of(model, other, "mean", Map.of(), out)).run(JobContext.silent()));
        assertEquals(InitInputException.Reason.NOT_AN_EXTENSION, e.reason());
        assertFalse(Files.exists(out));
    }
}
