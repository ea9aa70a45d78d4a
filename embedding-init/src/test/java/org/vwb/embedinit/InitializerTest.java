package org.vwb.embedinit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.vocab.TokenKind;

class InitializerTest {

    static final FakeTokenizer BASE = new FakeTokenizer(List.of("<unk>", "<s>", "▁a", "b", "c"),
            List.of(TokenKind.UNKNOWN, TokenKind.CONTROL, TokenKind.NORMAL, TokenKind.NORMAL, TokenKind.NORMAL));
    static final FakeTokenizer TARGET = new FakeTokenizer(
            List.of("<unk>", "<s>", "▁a", "b", "c", "bc", "<bos>", "▁a"),
            List.of(TokenKind.UNKNOWN, TokenKind.CONTROL, TokenKind.NORMAL, TokenKind.NORMAL, TokenKind.NORMAL,
                    TokenKind.NORMAL, TokenKind.CONTROL, TokenKind.NORMAL));

    static FloatMatrix matrix(int rows, int cols, float offset) {
        float[] d = new float[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = offset + i * 0.5f;
        }
        return new FloatMatrix(rows, cols, d);
    }

    static InitProblem problem(FloatMatrix in, FloatMatrix out, float[] bias) {
        BitSet anchors = new BitSet();
        anchors.set(2, 5);
        List<NewToken> tokens = List.of(new NewToken(5, "bc", "bc", new int[] {3, 4}),
                new NewToken(6, "<bos>", "", new int[0]), new NewToken(7, "▁a", " a", new int[] {2}));
        return new InitProblem(in, out, bias, BASE, TARGET, tokens, anchors, 7L, LinearAlgebra.get());
    }

    @Test
    void overlappingTokensAreCopiedExactlyAndSpecialsByRole() throws Exception {
        FloatMatrix in = matrix(5, 3, 0);
        InitResult r = Initializer.run(problem(in, null, null), new org.vwb.embedinit.internal.MeanStrategy(),
                new org.vwb.embedinit.internal.MeanStrategy(), true, JobContext.silent());
        FloatMatrix rows = r.rows(MatrixRole.INPUT);
        assertArrayEquals(row(in, 2), row(rows, 2), 0f, "▁a copied from base id 2");
        assertArrayEquals(row(in, 1), row(rows, 1), 0f, "<bos> takes <s>'s row (role bos)");
        assertEquals(Origin.MEAN, r.provenance().get(0).origin());
        float[] mean = new float[3];
        for (int id = 2; id < 5; id++) {
            for (int j = 0; j < 3; j++) {
                mean[j] += in.get(id, j) / 3f;
            }
        }
        assertArrayEquals(mean, row(rows, 0), 1e-5f);
    }

    @Test
    void untiedHeadRowsComeFromTheHeadAndTheBiasFollowsTheRow() throws Exception {
        FloatMatrix in = matrix(5, 3, 0);
        FloatMatrix out = matrix(5, 3, 100);
        float[] bias = {1, 2, 3, 4, 5};
        InitResult r = Initializer.run(problem(in, out, bias), new org.vwb.embedinit.internal.MeanStrategy(),
                new org.vwb.embedinit.internal.MeanStrategy(), true, JobContext.silent());
        assertArrayEquals(row(out, 2), row(r.rows(MatrixRole.OUTPUT), 2), 0f);
        assertTrue(r.rows(MatrixRole.OUTPUT).get(0, 0) > 100, "head mean is the head's, not the input's");
        assertArrayEquals(new float[] {4, 2, 3}, r.outputBias(), 1e-6f);
        assertEquals(6, r.provenance().size());
    }

    @Test
    void nonFiniteBaseRowsAreRefusedNamingRowAndColumn() {
        FloatMatrix in = matrix(5, 3, 0);
        in.data()[7] = Float.NaN;
        InitInputException e = assertThrows(InitInputException.class, () -> Initializer.run(problem(in, null, null),
                new org.vwb.embedinit.internal.MeanStrategy(), new org.vwb.embedinit.internal.MeanStrategy(), true,
                JobContext.silent()));
        assertEquals(InitInputException.Reason.NOT_FINITE, e.reason());
        assertTrue(e.getMessage().contains("row 2, column 1"), e.getMessage());
    }

    @Test
    void provenanceCsvRoundTrips(@TempDir Path dir) throws Exception {
        List<TokenInit> rows = List.of(new TokenInit(5, MatrixRole.OUTPUT, "fvt", Origin.MIXTURE, new int[] {3, 4},
                new double[] {0.25, 0.75}, "pieces b, c"), TokenInit.sampled(6, MatrixRole.INPUT, "random", ""));
        Path f = dir.resolve(ProvenanceCsv.FILE_NAME);
        ProvenanceCsv.write(rows, id -> TARGET.piece(id), f);
        List<TokenInit> back = ProvenanceCsv.read(f);
        assertEquals(2, back.size());
        assertArrayEquals(new double[] {0.25, 0.75}, back.get(0).weights(), 1e-12);
        assertEquals("pieces b, c", back.get(0).note());
        assertTrue(back.get(0).convexByConstruction());
        assertEquals(Origin.SAMPLED, back.get(1).origin());
    }

    @Test
    void unknownMethodsAndOptionsAreNamed() {
        InitInputException e = assertThrows(InitInputException.class, () -> Strategies.create("nope", Map.of()));
        assertTrue(e.getMessage().contains("known: mean"), e.getMessage());
        e = assertThrows(InitInputException.class, () -> Strategies.create("mean", Map.of("k", "1")));
        assertEquals(InitInputException.Reason.BAD_OPTION, e.reason());
    }

    static float[] row(FloatMatrix m, int r) {
        float[] out = new float[m.cols()];
        System.arraycopy(m.data(), r * m.cols(), out, 0, m.cols());
        return out;
    }
}
