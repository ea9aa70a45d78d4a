package org.vwb.embedinit.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.eval.internal.BenchmarkRun;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerEncoder;

class ReconstructionBenchmarkTest {

    static final ReconstructionModel TINY = SampleModels.tinyLlamaSentencePiece();
    static final int N = 30;

    static ReconstructionReport run(List<String> methods, long seed) throws Exception {
        return BenchmarkRun.run(TINY, spec(methods, seed, N), TestMethods.with(TINY), JobContext.silent());
    }

    static ReconstructionSpec spec(List<String> methods, long seed, int n) {
        return ReconstructionSpec.of(n, seed, methods.stream().map(MethodSpec::of).toList(), false);
    }

    static MethodScore score(ReconstructionReport r, String method, MatrixRole role) {
        return r.scores(role).stream().filter(s -> s.method().equals(method)).findFirst().orElseThrow();
    }

    @Test
    void theTrueRowsScorePerfectlyOnBothMatrices() throws Exception {
        ReconstructionReport r = run(List.of("oracle"), 1);
        assertEquals(List.of(MatrixRole.INPUT, MatrixRole.OUTPUT), r.roles());
        for (MatrixRole role : r.roles()) {
            MethodScore s = score(r, "oracle", role);
            assertEquals(1.0, s.mrr(), 0.0);
            assertEquals(1.0, s.precisionAt1(), 0.0);
            assertEquals(1.0, s.precisionAt10(), 0.0);
            assertEquals(1.0, s.meanCosine(), 1e-6);
            assertEquals(1.0, s.coverage(), 0.0);
        }
    }

    @Test
    void aConstantRowGetsTheRankOfEachTrueRowAmongAllOfThem() throws Exception {
        ReconstructionReport r = run(List.of("constant"), 1);
        MethodScore s = score(r, "constant", MatrixRole.INPUT);
        // one row r for every token: the ranks of the true rows by cos(r, t_j) are a permutation of 1..N
        double harmonic = 0;
        for (int k = 1; k <= N; k++) {
            harmonic += 1.0 / k;
        }
        assertEquals(harmonic / N, s.mrr(), 1e-12);
        assertEquals(1.0 / N, s.precisionAt1(), 1e-12);
        assertEquals(10.0 / N, s.precisionAt10(), 1e-12);
    }

    @Test
    void theBaselinesAreAlwaysRunFirstAndFlagged() throws Exception {
        ReconstructionReport r = run(List.of("oracle", "mean"), 1);
        List<String> names = r.scores(MatrixRole.INPUT).stream().map(MethodScore::method).toList();
        assertEquals(List.of("random", "mean", "multivariate", "oracle"), names);
        assertEquals(List.of(true, true, true, false),
                r.scores(MatrixRole.INPUT).stream().map(MethodScore::baseline).toList());
        assertEquals(8, r.scores().size(), "four methods × two matrices");
    }

    @Test
    void labelsRunVariantsOfOneMethodSideBySide() throws Exception {
        ReconstructionSpec spec = new ReconstructionSpec(N, 1, List.of(new MethodSpec("a", "oracle", Map.of()),
                new MethodSpec("mean", "constant", Map.of()), new MethodSpec("b", "oracle", Map.of("x", "1"))),
                0.4, false, 0, List.of(), "mean");
        ReconstructionReport r = BenchmarkRun.run(TINY, spec, TestMethods.with(TINY), JobContext.silent());
        List<MethodScore> input = r.scores(MatrixRole.INPUT);
        assertEquals(List.of("random", "mean", "multivariate", "a", "b"), input.stream().map(MethodScore::method).toList());
        assertEquals("constant", input.get(1).strategy());
        assertFalse(input.get(1).baseline(), "a baseline label on another method is not a baseline");
        assertEquals(Map.of("x", "1"), input.get(4).options());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new ReconstructionSpec(N,
                1, List.of(MethodSpec.of("fvt"), new MethodSpec("fvt", "wechsel", Map.of())), 0.4, false, 0, List.of(),
                "mean"));
        assertEquals("method label 'fvt' is used twice", twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MethodSpec("w.t2", "wechsel", Map.of()),
                "options are addressed as LABEL.KEY=VALUE, so a label cannot hold a dot");
    }

    @Test
    void theSameSeedGivesTheSameReportAndAnotherSeedOtherTokens() throws Exception {
        ReconstructionReport a = run(List.of("constant"), 7);
        ReconstructionReport b = run(List.of("constant"), 7);
        ReconstructionReport c = run(List.of("constant"), 8);
        assertEquals(ids(a), ids(b));
        assertEquals(metrics(a), metrics(b));
        assertNotEquals(ids(a), ids(c));
        for (int i = 0; i < N; i++) {
            assertArrayEquals(a.heldOut().get(i).baseIds(), b.heldOut().get(i).baseIds());
        }
    }

    @Test
    void coverageCountsTheTokensLeftToTheFallback() throws Exception {
        MethodScore s = score(run(List.of("half"), 1), "half", MatrixRole.INPUT);
        assertEquals(N / 2, s.fallbackTokens());
        assertEquals(0.5, s.coverage(), 1e-12);
        assertTrue(s.mrr() < 1.0, "the fallback's mean rows cannot all rank first");
    }

    @Test
    void methodsSeeNeitherTheHeldOutRowsNorTheirPieces() throws Exception {
        List<InitProblem> seen = new ArrayList<>();
        List<int[]> reencoded = new ArrayList<>();
        ReconstructionReport r = BenchmarkRun.run(TINY, spec(List.of("peek", "spy"), 3, N),
                TestMethods.with(TINY, p -> {
                    seen.add(p);
                    p.tokens().forEach(t -> reencoded.add(p.base().encode(t.text().strip())));
                }), JobContext.silent());
        assertEquals(0.0, score(r, "peek", MatrixRole.INPUT).meanCosine(), 0.0, "held-out rows are zero");
        InitProblem p = seen.get(0);
        for (NewToken t : p.tokens()) {
            assertEquals("", p.base().piece(t.id()));
            assertEquals(TokenKind.UNUSED, p.base().tokenKind(t.id()));
            assertFalse(p.anchors().get(t.id()));
            assertFalse(t.piece().isEmpty());
            assertTrue(Arrays.stream(t.baseIds()).noneMatch(id -> r.heldOut().stream().anyMatch(h -> h.id() == id)));
        }
        assertTrue(reencoded.stream().flatMapToInt(Arrays::stream).noneMatch(id -> r.heldOut().stream()
                .anyMatch(h -> h.id() == id)));
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> p.base().encode("a"));
        assertTrue(closed.getMessage().contains("closed"));
        assertEquals(r.normalTokens() - N, p.anchors().cardinality());
        assertTrue(r.check().othersChecked() > 0);
    }

    @Test
    void aMinimumCorpusFrequencyKeepsOnlyTokensTheCorpusUsesThatOften(@TempDir Path tmp) throws Exception {
        String line = "the model reads the data and the model writes the data";
        Path corpus = Files.writeString(tmp.resolve("c.txt"), (line + "\n\n").repeat(3));
        ReconstructionSpec spec = new ReconstructionSpec(2, 1, List.of(), 0.4, false, 3, List.of(corpus), "mean");
        ReconstructionReport r = BenchmarkRun.run(TINY, spec, TestMethods.with(TINY), JobContext.silent());
        int[] used;
        try (TokenizerEncoder full = TokenizerEncoder.open(TINY.tokenizer())) {
            used = full.encode(line);
        }
        for (NewToken t : r.heldOut()) {
            assertTrue(Arrays.stream(used).filter(id -> id == t.id()).count() >= 1, t.piece() + " is not in the corpus");
        }
        assertTrue(r.eligible() >= 2 && r.eligible() <= used.length, "eligible " + r.eligible());
        ReconstructionException e = assertThrows(ReconstructionException.class, () -> BenchmarkRun.run(TINY,
                new ReconstructionSpec(50, 1, List.of(), 0.4, false, 3, List.of(corpus), "mean"),
                TestMethods.with(TINY), JobContext.silent()));
        assertTrue(e.getMessage().contains("corpus frequency >= 3"), e.getMessage());
    }

    @Test
    void aHoldOutLargerThanTheEligibleSetIsRefusedWithTheNumbers() {
        ReconstructionException e = assertThrows(ReconstructionException.class, () -> BenchmarkRun.run(TINY,
                spec(List.of(), 1, 5000), TestMethods.with(TINY), JobContext.silent()));
        assertEquals(ReconstructionException.Reason.TOO_FEW_ELIGIBLE, e.reason());
        assertTrue(e.getMessage().matches("asked to hold out 5000 tokens but only \\d+ of \\d+ normal tokens .*"),
                e.getMessage());
    }

    @Test
    void anUnknownMethodGetsTheRegistrysErrorBeforeAnyWork() {
        InitInputException e = assertThrows(InitInputException.class, () -> ReconstructionBenchmark.run(TINY,
                spec(List.of("nope"), 1, N), JobContext.silent()));
        assertEquals(InitInputException.Reason.UNKNOWN_METHOD, e.reason());
        assertTrue(e.getMessage().startsWith("unknown method 'nope'; known: "), e.getMessage());
    }

    private static List<Integer> ids(ReconstructionReport r) {
        return r.heldOut().stream().map(NewToken::id).toList();
    }

    private static List<List<Double>> metrics(ReconstructionReport r) {
        return r.scores().stream().map(s -> List.of(s.meanCosine(), s.precisionAt1(), s.precisionAt10(), s.mrr(),
                s.coverage())).toList();
    }
}
