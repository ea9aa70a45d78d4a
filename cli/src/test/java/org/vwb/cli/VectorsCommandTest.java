package org.vwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorsCommandTest {

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Random r = new Random(4);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            for (int j = 0; j < 8; j++) {
                b.append(i % 2 == 0 ? "a" : "b").append(r.nextInt(10)).append(' ');
            }
            b.append('\n');
        }
        return Files.writeString(tmp.resolve("corpus.txt"), b.toString());
    }

    /// Source `s_i` random, target `t_i` = source with the first two coordinates swapped (a rotation).
    private void planted(Path src, Path tgt, Path dict, int n, int d) throws IOException {
        Random r = new Random(8);
        StringBuilder s = new StringBuilder(n + " " + d + "\n");
        StringBuilder t = new StringBuilder(n + " " + d + "\n");
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double[] v = new double[d];
            for (int j = 0; j < d; j++) {
                v[j] = r.nextGaussian();
            }
            s.append("s").append(i);
            t.append("t").append(i);
            for (int j = 0; j < d; j++) {
                s.append(' ').append((float) v[j]);
                t.append(' ').append((float) v[j < 2 ? 1 - j : j]);
            }
            s.append('\n');
            t.append('\n');
            p.append("s").append(i).append('\t').append("t").append(i).append('\n');
        }
        Files.writeString(src, s);
        Files.writeString(tgt, t);
        Files.writeString(dict, p);
    }

    @Test
    void trainWritesVectorsAndPrintsTheRun() throws IOException {
        Path out = tmp.resolve("v.vec");
        CliRun r = CliRun.run("vectors", "train", "--corpus", corpus().toString(), "--out", out.toString(), "--dim", "8",
                "--epochs", "2", "--min-count", "1", "--sample", "0", "--progress", "none");
        assertEquals(0, r.code(), r.err());
        assertEquals("20 8", Files.readAllLines(out).getFirst());
        assertTrue(r.out().contains("vocabulary: 20 tokens") && r.out().contains("wrote " + out), r.out());
    }

    @Test
    void trainNamesAMissingCorpusFile() {
        Path missing = tmp.resolve("nope.txt");
        CliRun r = CliRun.run("vectors", "train", "--corpus", missing.toString(), "--out", tmp.resolve("v.vec").toString(),
                "--progress", "none");
        assertEquals(ExitCodes.IO, r.code(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains(missing.toString()), r.err());
        assertFalse(Files.exists(tmp.resolve("v.vec")));
    }

    @Test
    void alignPrintsHeldOutPrecisionBeforeAndAfterRefinement() throws IOException {
        Path src = tmp.resolve("src.vec");
        Path tgt = tmp.resolve("tgt.vec");
        Path dict = tmp.resolve("dict.tsv");
        planted(src, tgt, dict, 200, 6);
        Path out = tmp.resolve("aligned.vec");
        CliRun r = CliRun.run("vectors", "align", "--src", src.toString(), "--tgt", tgt.toString(), "--dict",
                dict.toString(), "--refine", "1", "--out", out.toString(), "--progress", "none");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("160 training pairs") && r.out().contains("40 held out"), r.out());
        assertTrue(r.out().contains("Procrustes   NN P@1 1.000  P@5 1.000   CSLS P@1 1.000  P@5 1.000"), r.out());
        assertTrue(r.out().contains("refined x1   NN P@1 1.000"), r.out());
        assertEquals("200 6", Files.readAllLines(out).getFirst());
    }

    @Test
    void alignRejectsABadVectorFileNamingFileAndLine() throws IOException {
        Path src = tmp.resolve("src.vec");
        Path tgt = tmp.resolve("tgt.vec");
        Path dict = tmp.resolve("dict.tsv");
        planted(src, tgt, dict, 20, 4);
        Files.writeString(tgt, "2 4\nt0 1 2 3 4\nt1 1 2 3\n");
        Path out = tmp.resolve("aligned.vec");
        CliRun r = CliRun.run("vectors", "align", "--src", src.toString(), "--tgt", tgt.toString(), "--dict",
                dict.toString(), "--out", out.toString(), "--progress", "none");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains(tgt + ", line 3") && r.err().contains("DIMENSION_MISMATCH"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void alignRefusesSpacesOfDifferentDimension() throws IOException {
        Path src = tmp.resolve("src.vec");
        Path tgt = tmp.resolve("tgt.vec");
        Path dict = tmp.resolve("dict.tsv");
        planted(src, tgt, dict, 20, 4);
        Files.writeString(tgt, "1 3\nt0 1 2 3\n");
        CliRun r = CliRun.run("vectors", "align", "--src", src.toString(), "--tgt", tgt.toString(), "--dict",
                dict.toString(), "--out", tmp.resolve("o.vec").toString(), "--progress", "none");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("dimension 4") && r.err().contains("has 3"), r.err());
    }
}
