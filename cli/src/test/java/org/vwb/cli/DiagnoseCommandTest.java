package org.vwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnoseCommandTest {
    private static final int OLD = 120;
    private static final int DIM = 6;

    @TempDir
    Path tmp;

    /// Base rows: seeded Gaussians. Patched: the same bytes plus two convex mixtures recorded in
    /// vwb-init-rows.csv and two rows far outside (10 times the spread).
    private static float[] baseRows() {
        SplittableRandom r = new SplittableRandom(5);
        float[] a = new float[OLD * DIM];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) r.nextGaussian();
        }
        return a;
    }

    private static float[] patchedRows(float[] base) {
        float[] a = java.util.Arrays.copyOf(base, (OLD + 4) * DIM);
        for (int j = 0; j < DIM; j++) {
            a[OLD * DIM + j] = 0.5f * base[3 * DIM + j] + 0.5f * base[9 * DIM + j];
            a[(OLD + 1) * DIM + j] = 0.25f * base[4 * DIM + j] + 0.75f * base[20 * DIM + j];
            a[(OLD + 2) * DIM + j] = 10f;
            a[(OLD + 3) * DIM + j] = j % 2 == 0 ? -10f : 10f;
        }
        return a;
    }

    static Path model(Path dir, int rows, int dim, float[] data) throws IOException {
        return model(dir, rows, dim, data, "LlamaForCausalLM", "llama", "model.embed_tokens.weight");
    }

    /// A BERT-family encoder folder (no tokenizer).
    static Path encoder(Path dir, int rows, int dim, float[] data) throws IOException {
        return model(dir, rows, dim, data, "BertModel", "bert", "embeddings.word_embeddings.weight");
    }

    private static Path model(Path dir, int rows, int dim, float[] data, String architecture, String type,
                              String tensor) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.json"), """
                {"architectures": ["%s"], "model_type": "%s", "vocab_size": %d,
                 "hidden_size": %d, "tie_word_embeddings": true, "torch_dtype": "float32"}
                """.formatted(architecture, type, rows, dim));
        String header = "{\"__metadata__\":{\"format\":\"pt\"},\"" + tensor + "\":{\"dtype\":\"F32\","
                + "\"shape\":[" + rows + "," + dim + "],\"data_offsets\":[0," + (4L * rows * dim) + "]}}";
        StringBuilder h = new StringBuilder(header);
        while ((8 + h.length()) % 8 != 0) {
            h.append(' ');
        }
        byte[] hb = h.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(8 + hb.length + 4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.putLong(hb.length).put(hb);
        for (float f : data) {
            buf.putFloat(f);
        }
        Files.write(dir.resolve("model.safetensors"), buf.array());
        return dir;
    }

    private Path patched(float[] rows) throws IOException {
        return withProvenance(model(tmp.resolve("patched"), OLD + 4, DIM, rows));
    }

    private static Path withProvenance(Path dir) throws IOException {
        Files.writeString(dir.resolve("vwb-init-rows.csv"), """
                id,piece,matrix,method,origin,sources,weights,note
                120,a,input,wechsel,MIXTURE,3 9,0.5 0.5,
                121,b,input,wechsel,MIXTURE,4 20,0.25 0.75,
                122,c,input,random,SAMPLED,,,
                123,d,input,random,SAMPLED,,,
                """);
        return dir;
    }

    @Test
    void writesTheReportAndPrintsTheVerdicts() throws IOException {
        float[] base = baseRows();
        Path b = model(tmp.resolve("base"), OLD, DIM, base);
        Path p = patched(patchedRows(base));
        CliRun r = CliRun.run("diagnose", "--model", p.toString(), "--base", b.toString(), "--out",
                tmp.resolve("report").toString(), "--sample", "50", "--directions", "200", "--progress", "none");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("input: inside 2, outside 2, undecided 0 (recorded mixture 2"), r.out());
        assertTrue(r.out().contains("can dominate: 2 of 4 rows"), r.out());
        assertTrue(r.out().contains("input wechsel"), r.out());
        for (String f : new String[] {"report.html", "report.json", "tokens.csv", "strategies.csv",
            "plots/pca-input.png"}) {
            assertTrue(Files.isRegularFile(tmp.resolve("report").resolve(f)), f);
        }
        assertEquals("", r.err());
    }

    @Test
    void oldRowsThatDifferAreBadInputNamingTheRow() throws IOException {
        float[] base = baseRows();
        Path b = model(tmp.resolve("base"), OLD, DIM, base);
        float[] rows = patchedRows(base);
        rows[42 * DIM + 1] += 1f;
        Path p = patched(rows);
        CliRun r = CliRun.run("diagnose", "--model", p.toString(), "--base", b.toString(), "--out",
                tmp.resolve("report").toString(), "--progress", "none");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("'model.embed_tokens.weight' row 42 differs from the base")
                && r.err().contains("column 1") && r.err().endsWith("(ModelExtensionException: OLD_ROWS_DIFFER)\n"),
                r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(tmp.resolve("report")));
    }

    @Test
    void mismatchedWidthsAreBadInput() throws IOException {
        Path b = model(tmp.resolve("base"), OLD, DIM + 2, new float[OLD * (DIM + 2)]);
        Path p = patched(patchedRows(baseRows()));
        CliRun r = CliRun.run("diagnose", "--model", p.toString(), "--base", b.toString(), "--out",
                tmp.resolve("report").toString(), "--progress", "none");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("has width 6 but the base's") && r.err().contains("has width 8")
                && r.err().contains("DIMENSION_MISMATCH"), r.err());
    }

    @Test
    void aSampleBelowTwoIsAUsageError() throws IOException {
        CliRun r = CliRun.run("diagnose", "--model", "p", "--base", "b", "--out", tmp.resolve("o").toString(),
                "--sample", "1", "--progress", "none");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("sample must be at least 2"), r.err());
    }

    @Test
    void anEncoderBaseWithoutATokenizerGetsANoteByDefaultAndAnErrorWhenAsked() throws IOException {
        float[] base = baseRows();
        Path b = encoder(tmp.resolve("base"), OLD, DIM, base);
        Path p = withProvenance(encoder(tmp.resolve("patched"), OLD + 4, DIM, patchedRows(base)));
        CliRun r = CliRun.run("diagnose", "--model", p.toString(), "--base", b.toString(), "--out",
                tmp.resolve("report").toString(), "--sample", "50", "--progress", "none");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("note: reconstruction benchmark not run: the base has no tokenizer.json or"
                + " SentencePiece model"), r.out());
        assertFalse(Files.exists(tmp.resolve("report/reconstruction.csv")));
        assertTrue(Files.readString(tmp.resolve("report/report.json")).contains("\"reconstruction\" : \"not run although"
                + " the base is an encoder (bert family): see the notes\""));

        CliRun asked = CliRun.run("diagnose", "--model", p.toString(), "--base", b.toString(), "--out",
                tmp.resolve("asked").toString(), "--sample", "50", "--reconstruct", "--progress", "none");
        assertEquals(ExitCodes.BAD_INPUT, asked.code(), asked.err());
        assertTrue(asked.err().contains("base: no tokenizer.json or SentencePiece model in the base folder, but the"
                + " reconstruction benchmark needs the base's tokenizer (ReconstructionException: UNSUPPORTED_TOKENIZER)"),
                asked.err());
        assertFalse(Files.exists(tmp.resolve("asked")));

        CliRun off = CliRun.run("diagnose", "--model", p.toString(), "--base", b.toString(), "--out",
                tmp.resolve("off").toString(), "--sample", "50", "--no-reconstruct", "--progress", "none");
        assertEquals(ExitCodes.OK, off.code(), off.err());
        assertFalse(off.out().contains("reconstruction"), off.out());
    }

    @Test
    void anUnknownReconstructionMethodIsBadInputBeforeAnyWork() {
        CliRun r = CliRun.run("diagnose", "--model", tmp.resolve("p").toString(), "--base", tmp.resolve("b").toString(),
                "--out", tmp.resolve("o").toString(), "--reconstruct=fvt,nope", "--progress", "none");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("vwb: error: unknown method 'nope'; known: "), r.err());
        assertTrue(r.err().endsWith("(InitInputException: UNKNOWN_METHOD)" + System.lineSeparator()), r.err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void vectorsAddWechselWithThatFileAndAMissingOneFailsBeforeAnyWork() {
        Path vec = tmp.resolve("missing.vec");
        CliRun r = CliRun.run("diagnose", "--model", tmp.resolve("p").toString(), "--base", tmp.resolve("b").toString(),
                "--out", tmp.resolve("o").toString(), "--vectors", vec.toString(), "--progress", "none");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("vwb: error: method wechsel, option source-vectors: not found: " + vec),
                r.err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void badReconstructionFlagsAreUsageErrors() {
        String[] common = {"diagnose", "--model", "p", "--base", "b", "--out", tmp.resolve("o").toString(),
            "--progress", "none"};
        CliRun both = CliRun.run(concat(common, "--reconstruct", "--no-reconstruct"));
        assertEquals(ExitCodes.USAGE, both.code(), both.err());
        assertTrue(both.err().contains("--reconstruct and --no-reconstruct exclude each other"), both.err());
        CliRun option = CliRun.run(concat(common, "--method-option", "fvt=3"));
        assertEquals(ExitCodes.USAGE, option.code(), option.err());
        assertTrue(option.err().contains("--method-option expects LABEL.KEY=VALUE, found 'fvt=3'"), option.err());
        CliRun notRun = CliRun.run(concat(common, "--method-option", "focus.k=3"));
        assertEquals(ExitCodes.USAGE, notRun.code(), notRun.err());
        assertTrue(notRun.err().contains("'focus', which is not run"), notRun.err());
        CliRun holdout = CliRun.run(concat(common, "--holdout", "0"));
        assertEquals(ExitCodes.USAGE, holdout.code(), holdout.err());
        assertTrue(holdout.err().contains("holdout must be at least 1"), holdout.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
