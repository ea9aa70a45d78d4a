package org.vwb.embedinit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.Svd;

class OfaStrategyTest {

    @TempDir
    Path tmp;

    final StaticFixture f = new StaticFixture(StaticFixture.words("n", 5), 6);

    InitStrategy ofa(String rank) throws Exception {
        Path vec = StaticFixture.writeVec(tmp.resolve("multi.vec"), f.vectors.words(),
                WechselStrategyTest.allRows(f.vectors), StaticFixture.VEC_DIM);
        return Strategies.create("ofa", Map.of("vectors", vec.toString(), "rank", rank, "neighbors", "5"));
    }

    @Test
    void withoutFactorisationARowIsTheSoftmaxMixtureOfItsNeighboursInTheSharedSpace() throws Exception {
        InitResult r = ofa("0").initialize(f.problem(false), JobContext.silent());
        for (int t = 0; t < f.newWords.size(); t++) {
            double[] cos = new double[StaticFixture.WORDS];
            for (int i = 0; i < cos.length; i++) {
                cos[i] = StaticFixture.cosine(f.wordVector(f.newWords.get(t)), f.wordVector("w" + i));
            }
            int[] ids = StaticFixture.topK(cos, 5).stream().mapToInt(i -> i + StaticFixture.FIRST_WORD).toArray();
            TokenInit prov = r.provenance().get(t);
            assertArrayEquals(ids, prov.sourceIds());
            WechselStrategyTest.assertRow(StaticFixture.mix(f.input, ids, prov.weights()), r.rows(MatrixRole.INPUT), t, 1e-5);
        }
    }

    @Test
    void rankKRowsAreTheMixedCoordinatesTimesThePrimitiveMatrixForEachMatrix() throws Exception {
        int k = 3;
        InitProblem p = f.problem(true);
        InitResult r = ofa(String.valueOf(k)).initialize(p, JobContext.silent());
        int[] anchors = p.anchorIds();
        for (MatrixRole role : p.roles()) {
            FloatMatrix e = p.matrix(role);
            float[] sel = new float[anchors.length * e.cols()];
            for (int i = 0; i < anchors.length; i++) {
                System.arraycopy(e.data(), anchors[i] * e.cols(), sel, i * e.cols(), e.cols());
            }
            Svd svd = p.algebra().svd(new FloatMatrix(anchors.length, e.cols(), sel));
            for (int t = 0; t < f.newWords.size(); t++) {
                TokenInit prov = r.provenance(role).get(t);
                assertTrue(prov.note().contains("rank-3") && prov.note().contains("approximat"), prov.note());
                double[] c = new double[k];
                for (int n = 0; n < prov.sourceIds().length; n++) {
                    int row = java.util.Arrays.binarySearch(anchors, prov.sourceIds()[n]);
                    for (int j = 0; j < k; j++) {
                        c[j] += prov.weights()[n] * svd.u().get(row, j);
                    }
                }
                double[] expected = new double[e.cols()];
                for (int j = 0; j < k; j++) {
                    for (int col = 0; col < e.cols(); col++) {
                        expected[col] += c[j] * svd.s()[j] * svd.vt().get(j, col);
                    }
                }
                WechselStrategyTest.assertRow(expected, r.rows(role), t, 1e-4);
            }
        }
        assertArrayEquals(r.provenance(MatrixRole.INPUT).get(0).weights(), r.provenance(MatrixRole.OUTPUT).get(0).weights(), 0);
    }

    @Test
    void aRankOfAtLeastTheHiddenSizeIsTheUnfactorisedMixture() throws Exception {
        InitProblem p = f.problem(true);
        InitResult plain = ofa("0").initialize(p, JobContext.silent());
        InitResult full = ofa(String.valueOf(StaticFixture.DIM)).initialize(p, JobContext.silent());
        for (MatrixRole role : p.roles()) {
            assertArrayEquals(plain.rows(role).data(), full.rows(role).data());
        }
        for (int i = 0; i < plain.provenance().size(); i++) {
            assertArrayEquals(plain.provenance().get(i).sourceIds(), full.provenance().get(i).sourceIds());
            assertArrayEquals(plain.provenance().get(i).weights(), full.provenance().get(i).weights(), 0);
            assertEquals(plain.provenance().get(i).note(), full.provenance().get(i).note());
        }
    }
}
