package org.vwb.embedinit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.align.StaticVectors;
import org.vwb.common.JobContext;
import org.vwb.embedinit.internal.MeanStrategy;
import org.vwb.embedinit.internal.vectors.BlockedSimilarity;
import org.vwb.embedinit.internal.vectors.Resources;
import org.vwb.embedinit.internal.wechsel.WechselSettings;
import org.vwb.embedinit.internal.wechsel.WechselStrategy;
import org.vwb.numeric.FloatMatrix;

class WechselStrategyTest {

    @TempDir
    Path tmp;

    final StaticFixture f = new StaticFixture(StaticFixture.words("n", 5), 3);

    static WechselSettings settings(int k, double tau) {
        return new WechselSettings(k, tau, WechselSettings.Subword.FALSE, 1000, 0.05, false);
    }

    WechselStrategy sameSpace(WechselSettings s, long blockFloats) {
        return new WechselStrategy(s, Resources.Vectors.of("test vectors", f.vectors), null, null, blockFloats);
    }

    @Test
    void aRowIsTheSoftmaxMixtureOfItsTopKNeighbours() throws Exception {
        InitProblem p = f.problem(false);
        InitResult r = sameSpace(settings(4, 0.1), BlockedSimilarity.DEFAULT_BLOCK_FLOATS).initialize(p, JobContext.silent());
        for (int t = 0; t < f.newWords.size(); t++) {
            float[] u = f.wordVector(f.newWords.get(t));
            double[] cos = new double[StaticFixture.WORDS];
            for (int i = 0; i < cos.length; i++) {
                cos[i] = StaticFixture.cosine(u, f.wordVector("w" + i));
            }
            List<Integer> top = StaticFixture.topK(cos, 4);
            int[] ids = top.stream().mapToInt(i -> StaticFixture.FIRST_WORD + i).toArray();
            double[] w = new double[4];
            double sum = 0;
            for (int k = 0; k < 4; k++) {
                w[k] = Math.exp((cos[top.get(k)] - cos[top.get(0)]) / 0.1);
                sum += w[k];
            }
            for (int k = 0; k < 4; k++) {
                w[k] /= sum;
            }
            TokenInit prov = r.provenance(MatrixRole.INPUT).get(t);
            assertEquals(Origin.MIXTURE, prov.origin());
            assertArrayEquals(ids, prov.sourceIds(), "top-4 sources of " + f.newWords.get(t));
            assertArrayEquals(w, prov.weights(), 1e-5);
            assertRow(StaticFixture.mix(f.input, ids, w), r.rows(MatrixRole.INPUT), t, 1e-5);
        }
    }

    @Test
    void aTemperatureNearZeroGivesTheNearestNeighboursRow() throws Exception {
        InitProblem p = f.problem(false);
        InitResult r = sameSpace(settings(10, 1e-5), BlockedSimilarity.DEFAULT_BLOCK_FLOATS).initialize(p, JobContext.silent());
        for (int t = 0; t < f.newWords.size(); t++) {
            float[] u = f.wordVector(f.newWords.get(t));
            double[] cos = new double[StaticFixture.WORDS];
            for (int i = 0; i < cos.length; i++) {
                cos[i] = StaticFixture.cosine(u, f.wordVector("w" + i));
            }
            int nearest = StaticFixture.FIRST_WORD + StaticFixture.topK(cos, 1).getFirst();
            TokenInit prov = r.provenance(MatrixRole.INPUT).get(t);
            assertEquals(nearest, prov.sourceIds()[0]);
            assertTrue(prov.weights()[0] > 1 - 1e-9, "weight " + prov.weights()[0]);
            assertRow(StaticFixture.mix(f.input, new int[] {nearest}, new double[] {1}), r.rows(MatrixRole.INPUT), t, 1e-6);
        }
    }

    @Test
    void anUntiedHeadGetsRowsFromTheHeadWithTheSameWeights() throws Exception {
        InitProblem p = f.problem(true);
        InitResult r = sameSpace(settings(10, 0.1), BlockedSimilarity.DEFAULT_BLOCK_FLOATS).initialize(p, JobContext.silent());
        for (int t = 0; t < f.newWords.size(); t++) {
            TokenInit in = r.provenance(MatrixRole.INPUT).get(t);
            TokenInit out = r.provenance(MatrixRole.OUTPUT).get(t);
            assertArrayEquals(in.sourceIds(), out.sourceIds());
            assertArrayEquals(in.weights(), out.weights(), 0);
            assertRow(StaticFixture.mix(f.output, out.sourceIds(), out.weights()), r.rows(MatrixRole.OUTPUT), t, 1e-5);
            assertTrue(in.convexByConstruction());
        }
    }

    @Test
    void resultsDoNotDependOnThreadsOrBlockSizeAndNeverUseByteOrSpecialPieces() throws Exception {
        InitProblem p = f.problem(true);
        InitResult one = inPool(1, () -> sameSpace(settings(10, 0.1), 1).initialize(p, JobContext.silent()));
        InitResult four = inPool(4, () -> sameSpace(settings(10, 0.1), BlockedSimilarity.DEFAULT_BLOCK_FLOATS)
                .initialize(p, JobContext.silent()));
        for (MatrixRole role : p.roles()) {
            assertArrayEquals(one.rows(role).data(), four.rows(role).data());
        }
        for (int i = 0; i < one.provenance().size(); i++) {
            assertArrayEquals(one.provenance().get(i).sourceIds(), four.provenance().get(i).sourceIds());
            assertArrayEquals(one.provenance().get(i).weights(), four.provenance().get(i).weights(), 0);
            for (int id : one.provenance().get(i).sourceIds()) {
                assertTrue(id >= StaticFixture.FIRST_WORD && id < StaticFixture.FIRST_WORD + StaticFixture.WORDS);
            }
        }
    }

    @Test
    void aDictionaryAlignsARotatedLargerTargetSpaceReducedByPca() throws Exception {
        // the target space is the source space rotated and padded to 12 dimensions: PCA must reduce the
        // larger (target) side and Procrustes must undo the rotation, giving the same-space result
        List<String> words = f.vectors.words();
        int d = StaticFixture.VEC_DIM;
        FloatMatrix rot = orthogonal(d, new SplittableRandom(5));
        float[] padded = new float[words.size() * 12];
        for (int i = 0; i < words.size(); i++) {
            float[] v = f.vectors.vector(i);
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int m = 0; m < d; m++) {
                    s += v[m] * rot.get(m, j);
                }
                padded[i * 12 + j] = (float) s;
            }
        }
        StaticVectors target = StaticVectors.of(words, padded, 12);
        Path dict = Files.write(tmp.resolve("dict.tsv"), words.stream().map(w -> w + "\t" + w).toList());
        InitProblem p = f.problem(false);
        InitResult aligned = new WechselStrategy(settings(5, 0.1), Resources.Vectors.of("source", f.vectors),
                Resources.Vectors.of("target", target), dict, BlockedSimilarity.DEFAULT_BLOCK_FLOATS)
                .initialize(p, JobContext.silent());
        InitResult same = sameSpace(settings(5, 0.1), BlockedSimilarity.DEFAULT_BLOCK_FLOATS).initialize(p, JobContext.silent());
        for (int t = 0; t < f.newWords.size(); t++) {
            assertArrayEquals(same.provenance().get(t).sourceIds(), aligned.provenance().get(t).sourceIds());
            assertArrayEquals(same.provenance().get(t).weights(), aligned.provenance().get(t).weights(), 1e-3);
        }
    }

    @Test
    void spacesOfDifferentDimensionWithoutADictionaryAreRefused() {
        StaticVectors small = StaticVectors.of(f.vectors.words(),
                StaticFixture.gaussian(f.vectors.size(), 5, new SplittableRandom(1)).data(), 5);
        WechselStrategy s = new WechselStrategy(settings(10, 0.1), Resources.Vectors.of("source-vectors=en.vec", f.vectors),
                Resources.Vectors.of("target-vectors=zh.vec", small), null, BlockedSimilarity.DEFAULT_BLOCK_FLOATS);
        InitInputException e = assertThrows(InitInputException.class, () -> s.initialize(f.problem(false), JobContext.silent()));
        assertEquals(InitInputException.Reason.DIMENSION_MISMATCH, e.reason());
        assertTrue(e.getMessage().contains("dimension 8") && e.getMessage().contains("has 5"), e.getMessage());
    }

    @Test
    void vectorsThatCoverAlmostNoNewTokenAreRefusedWithTheCoverage() {
        StaticFixture zh = new StaticFixture(List.of("中国", "北京", "大学", "学生"), 3);
        WechselStrategy s = new WechselStrategy(settings(10, 0.1), Resources.Vectors.of("source-vectors=en.vec", zh.vectors),
                null, null, BlockedSimilarity.DEFAULT_BLOCK_FLOATS);
        InitInputException e = assertThrows(InitInputException.class, () -> s.initialize(zh.problem(false), JobContext.silent()));
        assertEquals(InitInputException.Reason.WRONG_VECTORS, e.reason());
        assertTrue(e.getMessage().contains("cover 0 of 4 new tokens") && e.getMessage().contains("▁中国"), e.getMessage());
    }

    @Test
    void aMissingVectorFileIsNamed() throws Exception {
        Path missing = tmp.resolve("no-such.vec");
        InitStrategy s = Strategies.create("wechsel", Map.of("source-vectors", missing.toString()));
        InitInputException e = assertThrows(InitInputException.class, () -> s.initialize(f.problem(false), JobContext.silent()));
        assertEquals(InitInputException.Reason.MISSING_RESOURCE, e.reason());
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
    }

    @Test
    void tokensWithoutAStaticVectorGoToTheFallbackThroughTheInitializer() throws Exception {
        StaticFixture g = new StaticFixture(List.of("n0", "n1", "n2", "北京"), 3);
        Path vec = StaticFixture.writeVec(tmp.resolve("v.vec"), g.vectors.words(), allRows(g.vectors), StaticFixture.VEC_DIM);
        InitStrategy s = Strategies.create("wechsel", Map.of("source-vectors", vec.toString(), "subword", "false"));
        InitResult r = Initializer.run(g.problem(false), s, new MeanStrategy(), true, JobContext.silent());
        List<TokenInit> prov = r.provenance(MatrixRole.INPUT);
        assertEquals("wechsel", prov.get(0).method());
        assertEquals(Origin.MIXTURE, prov.get(0).origin());
        assertEquals("mean", prov.get(3).method(), "'▁北京' has no vector: the fallback places it");
    }

    @Test
    void subwordVectorsKeepTheWordStartMarker() throws Exception {
        // decode().strip() would give '▁catalog' and 'catalog' one vector; with the marker kept they differ
        StaticVectors ft = org.vwb.align.VectorReader.read(Path.of(getClass().getResource("/fasttext/tiny.bin").toURI()));
        List<String> basePieces = new ArrayList<>(List.of("<unk>", "▁the", "▁cat", "▁sat", "▁mat", "▁dogs", "▁run",
                "▁fast", "▁slow", "▁rivers", "▁old", "▁bridges", "▁vector", "▁space", "▁model", "at", "og", "ing"));
        List<String> targetPieces = new ArrayList<>(basePieces);
        targetPieces.addAll(List.of("▁catalog", "catalog"));
        List<org.vwb.vocab.TokenKind> kinds = new ArrayList<>();
        basePieces.forEach(x -> kinds.add(x.equals("<unk>") ? org.vwb.vocab.TokenKind.UNKNOWN : org.vwb.vocab.TokenKind.NORMAL));
        List<org.vwb.vocab.TokenKind> tkinds = new ArrayList<>(kinds);
        tkinds.addAll(List.of(org.vwb.vocab.TokenKind.NORMAL, org.vwb.vocab.TokenKind.NORMAL));
        FakeTokenizer base = new FakeTokenizer(basePieces, kinds);
        FakeTokenizer target = new FakeTokenizer(targetPieces, tkinds);
        java.util.BitSet anchors = new java.util.BitSet();
        anchors.set(1, basePieces.size());
        FloatMatrix e = StaticFixture.gaussian(basePieces.size(), 4, new SplittableRandom(2));
        int n = basePieces.size();
        InitProblem p = new InitProblem(e, null, null, base, target, List.of(
                new NewToken(n, "▁catalog", " catalog", new int[0]), new NewToken(n + 1, "catalog", "catalog", new int[0])),
                anchors, 1L, org.vwb.numeric.LinearAlgebra.get());
        WechselStrategy s = new WechselStrategy(new WechselSettings(3, 0.1, WechselSettings.Subword.AUTO, 1000, 0.05, false),
                Resources.Vectors.of("tiny.bin", ft), null, null, BlockedSimilarity.DEFAULT_BLOCK_FLOATS);
        InitResult r = s.initialize(p, JobContext.silent());
        org.vwb.align.TokenVectors tv = org.vwb.align.TokenVectors.fromFastText(ft,
                List.of("▁catalog", "catalog"), true);
        assertNotEquals(java.util.Arrays.toString(tv.vector(0)), java.util.Arrays.toString(tv.vector(1)));
        for (int t = 0; t < 2; t++) {
            double[] cos = new double[n - 1];
            for (int i = 1; i < n; i++) {
                cos[i - 1] = StaticFixture.cosine(tv.vector(t), org.vwb.align.TokenVectors.fromFastText(ft,
                        List.of(basePieces.get(i)), true).vector(0));
            }
            int[] ids = StaticFixture.topK(cos, 3).stream().mapToInt(i -> i + 1).toArray();
            assertArrayEquals(ids, r.provenance().get(t).sourceIds(), "sources of " + p.tokens().get(t).piece());
        }
        assertNotEquals(java.util.Arrays.toString(r.provenance().get(0).weights()),
                java.util.Arrays.toString(r.provenance().get(1).weights()));
    }

    @Test
    void wholeWordsTakesLinkedOrLookupAndNothingElse() throws Exception {
        Path vec = tmp.resolve("v.vec");
        f.vectors.writeVec(vec);
        Strategies.create("wechsel", Map.of("source-vectors", vec.toString(), "whole-words", "lookup"));
        InitInputException e = assertThrows(InitInputException.class, () -> Strategies.create("wechsel",
                Map.of("source-vectors", vec.toString(), "whole-words", "own")));
        assertEquals(InitInputException.Reason.BAD_OPTION, e.reason());
        assertTrue(e.getMessage().contains("whole-words"), e.getMessage());
    }

    static float[] allRows(StaticVectors v) {
        float[] out = new float[v.size() * v.dim()];
        for (int i = 0; i < v.size(); i++) {
            System.arraycopy(v.vector(i), 0, out, i * v.dim(), v.dim());
        }
        return out;
    }

    static FloatMatrix orthogonal(int d, SplittableRandom random) {
        double[][] q = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                q[i][j] = random.nextGaussian();
            }
            for (int k = 0; k < i; k++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += q[i][j] * q[k][j];
                }
                for (int j = 0; j < d; j++) {
                    q[i][j] -= dot * q[k][j];
                }
            }
            double norm = 0;
            for (int j = 0; j < d; j++) {
                norm += q[i][j] * q[i][j];
            }
            for (int j = 0; j < d; j++) {
                q[i][j] /= Math.sqrt(norm);
            }
        }
        float[] out = new float[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                out[i * d + j] = (float) q[i][j];
            }
        }
        return new FloatMatrix(d, d, out);
    }

    static void assertRow(double[] expected, FloatMatrix rows, int r, double tol) {
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], rows.get(r, j), tol, "row " + r + ", column " + j);
        }
    }

    interface Run {
        InitResult run() throws Exception;
    }

    static InitResult inPool(int threads, Run run) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> run.run()).get();
        } finally {
            pool.shutdown();
        }
    }
}
