package org.vwb.model.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.model.patch.PatchException.Reason;
import org.vwb.numeric.FloatMatrix;
import org.vwb.safetensors.DType;

/// One test per refusal reason; each checks that nothing was written.
class PatchRefusalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static PatchFixtures.Setup tied;
    static PatchFixtures.Setup untied;

    @TempDir
    Path dir;

    @BeforeAll
    static void samples() throws IOException {
        Path t = Files.createDirectories(shared.resolve("tied"));
        tied = PatchFixtures.setup(t, PatchFixtures.sample("tiny-llama-tied-f32", t), 64, false);
        Path u = Files.createDirectories(shared.resolve("untied"));
        untied = PatchFixtures.setup(u, PatchFixtures.sample("tiny-llama-untied-f16", u), 64, true);
    }

    private PatchRequest to(PatchRequest r) {
        return new PatchRequest(r.base(), dir.resolve("out"), r.tokenizer(), r.newVocabSize(), r.rows(),
                r.padToMultipleOf(), r.extraFiles(), r.overwrite());
    }

    private PatchException refused(Reason reason, PatchRequest request) throws IOException {
        return refused(reason, request, new CheckpointPatcher());
    }

    private PatchException refused(Reason reason, PatchRequest request, CheckpointPatcher patcher) throws IOException {
        PatchException e = assertThrows(PatchException.class, () -> patcher.write(request, JobContext.silent()));
        assertEquals(reason, e.reason(), e.getMessage());
        try (Stream<Path> s = Files.list(request.output().toAbsolutePath().normalize().getParent())) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains(".vwb-tmp-")), "no temporary folder");
        }
        return e;
    }

    private static NewRows tiedRows(int n, int cols) {
        return NewRows.tied(PatchFixtures.rows(n, cols, 7));
    }

    private int added(PatchFixtures.Setup s) {
        return s.newSize() - s.oldRows();
    }

    @Test
    void rowsOfTheWrongWidthAreRefused() throws IOException {
        PatchException e = refused(Reason.ROW_WIDTH, to(tied.request()).withRows(tiedRows(added(tied), 65)));
        assertTrue(e.getMessage().contains("model.embed_tokens.weight") && e.getMessage().contains("64")
                && e.getMessage().contains("65"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void rowCountsThatDisagreeWithTheVocabularySizeAreRefused() throws IOException {
        refused(Reason.ROW_COUNT, to(tied.request()).withRows(tiedRows(added(tied) - 1, 64)));
        PatchRequest r = tied.request();
        refused(Reason.ROW_COUNT, to(new PatchRequest(r.base(), r.output(), r.tokenizer(), tied.oldRows(), r.rows(),
                0, Map.of(), false)));
    }

    @Test
    void headRowsForATiedModelAreRefused() throws IOException {
        FloatMatrix m = PatchFixtures.rows(added(tied), 64, 3);
        PatchException e = refused(Reason.HEAD_ROWS_FOR_TIED, to(tied.request()).withRows(NewRows.untied(m, m)));
        assertTrue(e.getMessage().contains("tied"), e.getMessage());
    }

    @Test
    void missingHeadRowsForAnUntiedModelAreRefused() throws IOException {
        refused(Reason.HEAD_ROWS_MISSING, to(untied.request()).withRows(tiedRows(added(untied), 64)));
    }

    @Test
    void headRowsOfTheWrongCountAreRefused() throws IOException {
        FloatMatrix e = PatchFixtures.rows(added(untied), 64, 3);
        PatchException ex = refused(Reason.ROW_COUNT, to(untied.request())
                .withRows(NewRows.untied(e, PatchFixtures.rows(added(untied) + 1, 64, 4))));
        assertTrue(ex.getMessage().contains("lm_head.weight"), ex.getMessage());
    }

    @Test
    void biasEntriesWithoutAHeadBiasAreRefused() throws IOException {
        refused(Reason.HEAD_BIAS_UNEXPECTED, to(untied.request())
                .withRows(untied.rows().withHeadBias(new float[added(untied)])));
    }

    @Test
    void nanInfinityAndF16OverflowAreRefused() throws IOException {
        for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, 70_000f}) {
            FloatMatrix head = PatchFixtures.rows(added(untied), 64, 5);
            head.data()[64 + 3] = bad;
            PatchException e = refused(Reason.NOT_FINITE, to(untied.request())
                    .withRows(NewRows.untied(untied.rows().embedding(), head)));
            assertTrue(e.getMessage().contains("lm_head.weight' new row 1 (id " + (untied.oldRows() + 1) + "), column 3"),
                    e.getMessage());
        }
    }

    @Test
    void aVocabularySizeThatIsNotThePaddedTokenizerSizeIsRefused() throws IOException {
        PatchException e = refused(Reason.PADDING, to(tied.request()).withPadToMultipleOf(64));
        int padded = (tied.newSize() + 63) / 64 * 64;
        assertTrue(e.getMessage().contains("expected " + padded), e.getMessage());
        PatchRequest r = tied.request();
        int tooMuch = padded + 64;
        refused(Reason.PADDING, to(new PatchRequest(r.base(), r.output(), r.tokenizer(), tooMuch,
                tiedRows(tooMuch - tied.oldRows(), 64), 64, Map.of(), false)));
    }

    @Test
    void aTokenizerThatDoesNotFitOrDoesNotExtendTheBaseIsRefused() throws IOException {
        PatchRequest r = tied.request();
        PatchException e = refused(Reason.TOKENIZER_MISMATCH, to(new PatchRequest(r.base(), r.output(), r.base(),
                r.newVocabSize(), r.rows(), 0, Map.of(), false)));
        assertTrue(e.getMessage().contains("must be equal"), e.getMessage());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        refused(Reason.TOKENIZER_MISMATCH, to(new PatchRequest(r.base(), r.output(), empty, r.newVocabSize(),
                r.rows(), 0, Map.of(), false)));

        Path renumbered = TestWeights.copyTree(tied.tokenizer(), dir.resolve("renumbered"));
        Files.delete(renumbered.resolve("tokenizer.model"));
        ObjectNode json = (ObjectNode) JSON.readTree(renumbered.resolve("tokenizer.json").toFile());
        ObjectNode vocab = (ObjectNode) json.path("model").path("vocab");
        String first = vocab.properties().stream().filter(p -> p.getValue().asInt() == 300)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        vocab.remove(first);
        vocab.put(first + "x", 300);
        ((ArrayNode) json.path("model").path("merges")).removeAll();
        JSON.writeValue(renumbered.resolve("tokenizer.json").toFile(), json);
        e = refused(Reason.TOKENIZER_MISMATCH, to(new PatchRequest(r.base(), r.output(), renumbered, r.newVocabSize(),
                r.rows(), 0, Map.of(), false)));
        assertTrue(e.getMessage().contains("id 300"), e.getMessage());
    }

    @Test
    void aTensorWithoutFloatConversionCannotGrow() throws IOException {
        Path base = TestWeights.copyTree(tied.base(), dir.resolve("int8"));
        TestWeights.put(base, "model.embed_tokens.weight", DType.I8, new long[] {tied.oldRows(), 64},
                new byte[tied.oldRows() * 64]);
        PatchRequest r = tied.request();
        refused(Reason.UNSUPPORTED_DTYPE, to(new PatchRequest(base, r.output(), r.tokenizer(), r.newVocabSize(),
                r.rows(), 0, Map.of(), false)));
    }

    @Test
    void aSecondVocabularySizeInTheConfigIsRefused() throws IOException {
        Path base = TestWeights.copyTree(tied.base(), dir.resolve("twice"));
        ObjectNode config = (ObjectNode) JSON.readTree(base.resolve("config.json").toFile());
        config.putObject("text_config").put("vocab_size", tied.oldRows());
        JSON.writeValue(base.resolve("config.json").toFile(), config);
        PatchRequest r = tied.request();
        PatchException e = refused(Reason.CONFIG_UNSUPPORTED, to(new PatchRequest(base, r.output(), r.tokenizer(),
                r.newVocabSize(), r.rows(), 0, Map.of(), false)));
        assertTrue(e.getMessage().contains("text_config.vocab_size"), e.getMessage());
    }

    @Test
    void extraFilesWithBadNamesOrMissingSourcesAreRefused() throws IOException {
        for (Map<String, ExtraFile> extras : java.util.List.of(Map.of("a/b.json", ExtraFile.of("{}")),
                Map.of("config.json", ExtraFile.of("{}")), Map.of("tokenizer.json", ExtraFile.of("{}")),
                Map.of("model.safetensors", ExtraFile.of("x")),
                Map.of("ids.json", ExtraFile.copyOf(dir.resolve("missing.json"))))) {
            refused(Reason.EXTRA_FILE_INVALID, to(tied.request()).withExtraFiles(extras));
        }
    }

    @Test
    void anOutputOnOrAroundAnInputIsRefused() throws IOException {
        PatchRequest r = tied.request();
        for (Path out : java.util.List.of(r.base(), r.base().resolve("patched"), r.base().resolve("..").resolve("base"))) {
            refused(Reason.OUTPUT_OVERLAPS_INPUT, new PatchRequest(r.base(), out, r.tokenizer(), r.newVocabSize(),
                    r.rows(), 0, Map.of(), true));
        }
        refused(Reason.OUTPUT_OVERLAPS_INPUT, new PatchRequest(r.base(), r.base().getParent(), r.tokenizer(),
                r.newVocabSize(), r.rows(), 0, Map.of(), true));
        Path tokenizerInside = TestWeights.copyTree(r.tokenizer(), Files.createDirectories(dir.resolve("out")).resolve("tok"));
        refused(Reason.OUTPUT_OVERLAPS_INPUT, to(new PatchRequest(r.base(), r.output(), tokenizerInside,
                r.newVocabSize(), r.rows(), 0, Map.of(), true)));
        assertTrue(Files.exists(tokenizerInside.resolve("tokenizer.json")));
    }

    @Test
    void anExistingOutputIsRefusedWithoutOverwrite() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "previous");
        refused(Reason.OUTPUT_EXISTS, to(tied.request()));
        assertEquals("previous", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void tooLittleDiskSpaceIsRefusedNamingFolderNeededAndAvailable() throws IOException {
        PatchException e = refused(Reason.DISK_SPACE, to(tied.request()), new CheckpointPatcher(_ -> 12_345L));
        assertTrue(e.getMessage().startsWith(dir + ":"), e.getMessage());
        long needed = new CheckpointPatcher(_ -> 12_345L).plan(to(tied.request())).spaceNeeded();
        assertTrue(e.getMessage().contains("needs " + needed + " bytes") && e.getMessage().contains("only 12345 bytes"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
