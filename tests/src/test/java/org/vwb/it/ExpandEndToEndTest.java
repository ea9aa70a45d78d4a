package org.vwb.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.vwb.common.JobContext;
import org.vwb.core.ExpandSummary;
import org.vwb.core.Recipe;
import org.vwb.core.Workbench;
import org.vwb.embedinit.ProvenanceCsv;
import org.vwb.embedinit.TokenInit;
import org.vwb.model.HeadKind;
import org.vwb.model.ModelFolder;
import org.vwb.model.patch.PatchVerifier;
import org.vwb.model.patch.VerifyExpectations;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.TensorView;
import org.vwb.samples.Samples;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.mine.Script;

/// Issue 7's end-to-end check on every generated Llama sample (tied f32, untied bf16 and f16, sharded
/// bf16): expand → verify → re-open → encode Chinese with the new tokenizer → look up the new rows and
/// find them equal to the mixture `vwb-init-rows.csv` recorded.
class ExpandEndToEndTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"tiny-llama-tied-f32", "tiny-llama-untied-bf16", "tiny-llama-untied-f16",
        "tiny-llama-sharded-bf16"})
    void expandVerifyReopenEncodeAndLookUp(String sample) throws Exception {
        Path base = tmp.resolve("base");
        Samples.write(sample, base);
        Path corpus = corpus();
        Path out = tmp.resolve("out");
        Recipe recipe = new Recipe(base, new Recipe.Pieces(Recipe.Source.MINE, List.of(corpus), 40, 2, 16, Script.CJK,
                null), new Recipe.Method("ziptie", Map.of()), null, "mean", true, 1,
                new Recipe.Diagnostics(false, 0, 0), out, 7);
        ExpandSummary s = new Workbench().expand(recipe, false).run(JobContext.silent());

        assertTrue(s.added() >= 40, "added " + s.added());
        assertTrue(s.after() < s.before(), s.before() + " -> " + s.after());
        // The figures (before from mining's own encoding of the corpus) equal the fertility report's.
        org.vwb.vocab.fertility.FertilityReport f = new Workbench().fertility(new org.vwb.core.FertilityRequest(base,
                Optional.of(out), List.of(corpus), 1, 0)).run(JobContext.silent());
        assertEquals(f.base().tokensPerCharacter(), s.before(), "tokens per character before");
        assertEquals(f.compare().orElseThrow().tokensPerCharacter(), s.after(), "tokens per character after");
        VerifyExpectations expected = new VerifyExpectations(Optional.empty(), OptionalInt.empty(),
                Set.of(ProvenanceCsv.FILE_NAME, "vwb-init.json", "vwb-id-mapping.json"));
        assertEquals(s.newSize(), PatchVerifier.verify(base, out, expected, JobContext.silent()).rows(),
                "re-verified from disk");
        ModelFolder patched = ModelFolder.open(out);
        assertEquals(s.newSize(), patched.config().vocabSize());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of("base", "corpus.txt", "out"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no work or temporary folder is left beside the output");
        }

        List<TokenInit> rows = ProvenanceCsv.read(out.resolve(ProvenanceCsv.FILE_NAME));
        try (TokenizerEncoder enc = TokenizerEncoder.open(out); Checkpoint cp = Checkpoint.open(out);
             Checkpoint old = Checkpoint.open(base)) {
            int[] ids = enc.encode(Files.readAllLines(corpus).stream().filter(l -> l.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).findFirst().orElseThrow());
            int newId = Arrays.stream(ids).filter(id -> id >= s.oldSize()).findFirst().orElseThrow();
            TokenInit made = rows.stream().filter(r -> r.id() == newId).findFirst().orElseThrow();
            assertTrue(made.convexByConstruction(), made.toString());
            String name = patched.layout().embedding().name();
            assertRowIsMixture(cp.tensor(name), old.tensor(name), newId, made);
            assertEquals(patched.layout().headKind() == HeadKind.TIED, s.init().tied());
        }
        assertFalse(Files.exists(base.resolve(ProvenanceCsv.FILE_NAME)), "the base is never written to");
    }

    /// The stored row equals Σ w·(base rows), rounded once to the tensor's dtype.
    private static void assertRowIsMixture(TensorView patched, TensorView base, int id, TokenInit made) {
        int d = (int) patched.columns();
        float[] expected = new float[d];
        double[] acc = new double[d];
        float[] src = new float[d];
        int[] ids = made.sourceIds();
        double[] w = made.weights();
        for (int k = 0; k < ids.length; k++) {
            base.readRow(ids[k], src);
            for (int j = 0; j < d; j++) {
                acc[j] += w[k] * src[j];
            }
        }
        for (int j = 0; j < d; j++) {
            expected[j] = (float) acc[j];
        }
        float[] got = new float[d];
        patched.readRow(id, got);
        float tol = patched.info().dtype().bytes() == 4 ? 1e-6f : 1e-2f;
        assertArrayEquals(expected, got, tol);
    }

    private Path corpus() throws IOException {
        try (InputStream in = Samples.class.getResourceAsStream("corpus.txt")) {
            return Files.writeString(tmp.resolve("corpus.txt"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
