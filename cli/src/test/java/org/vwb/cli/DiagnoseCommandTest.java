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
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.json"), """
                {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": %d,
                 "hidden_size": %d, "tie_word_embeddings": true, "torch_dtype": "float32"}
                """.formatted(rows, dim));
        String header = "{\"__metadata__\":{\"format\":\"pt\"},\"model.embed_tokens.weight\":{\"dtype\":\"F32\","
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
        Path dir = model(tmp.resolve("patched"), OLD + 4, DIM, rows);
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
}
