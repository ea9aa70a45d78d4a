package org.vwb.embedinit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.embedinit.internal.MeanStrategy;
import org.vwb.numeric.FloatMatrix;

class TranslationStrategyTest {

    static final ByteFallbackTokenizer BASE = new ByteFallbackTokenizer(true, "▁good", "▁well", "▁pro", "per",
            "▁with", "in", "▁middle", "▁country", "▁nation", "▁stu", "dent", "▁");
    static final FloatMatrix IN = StrategyFixtures.matrix(BASE.size(), 4, 7, 0);
    static final FloatMatrix OUT = StrategyFixtures.matrix(BASE.size(), 4, 8, 5);

    @TempDir
    static Path dir;
    static Path cedict;

    @BeforeAll
    static void writeDictionary() throws Exception {
        cedict = Files.writeString(dir.resolve("cedict.u8"), """
                # CC-CEDICT test fixture
                好 好 [hao3] /good/well/proper/
                中 中 [zhong1] /within/middle/
                國 国 [guo2] /country/nation/
                學生 学生 [xue2 sheng5] /student/
                中國 中国 [Zhong1 guo2] /China/
                """);
    }

    static NewToken token(int id, String text) {
        return new NewToken(id, "▁" + text, " " + text, new int[0]);
    }

    static InitResult run(Map<String, String> options, FloatMatrix out, NewToken... tokens) throws Exception {
        Map<String, String> o = new java.util.HashMap<>(options);
        o.putIfAbsent("dictionary", cedict.toString());
        InitProblem p = StrategyFixtures.problem(BASE, IN, out, List.of(tokens), StrategyFixtures.all(BASE.size()));
        InitResult r = StrategyFixtures.run("translation", o, p);
        StrategyFixtures.assertMixturesConvexAndExact(p, r);
        return r;
    }

    @Test
    void anEntryGetsTheMeanOfItsGlossesEachDecomposedAsAWord() throws Exception {
        TokenInit t = run(Map.of(), null, token(500, "好")).provenance().get(0);
        assertEquals(Origin.MIXTURE, t.origin());
        assertArrayEquals(new int[] {BASE.id("▁good"), BASE.id("▁well"), BASE.id("▁pro"), BASE.id("per")},
                t.sourceIds());
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 6.0, 1 / 6.0}, t.weights(), 1e-12);
        assertTrue(t.note().contains("好 → good, well, proper"), t.note());
        TokenInit first = run(Map.of("max-glosses", "1"), null, token(500, "好")).provenance().get(0);
        assertArrayEquals(new int[] {BASE.id("▁good")}, first.sourceIds());
    }

    @Test
    void aWordMissingFromTheDictionaryIsComposedFromItsCharactersOrLeftToTheFallback() throws Exception {
        // 中国 is only a proper-noun entry (capitalised pinyin), which the reader drops
        TokenInit composed = run(Map.of(), null, token(500, "中国")).provenance().get(0);
        assertArrayEquals(new int[] {BASE.id("▁with"), BASE.id("in"), BASE.id("▁middle"), BASE.id("▁country"),
                BASE.id("▁nation")}, composed.sourceIds());
        assertArrayEquals(new double[] {1 / 8.0, 1 / 8.0, 1 / 4.0, 1 / 4.0, 1 / 4.0}, composed.weights(), 1e-12);
        assertTrue(composed.note().startsWith("composed from characters"), composed.note());
        assertEquals(Origin.UNPLACED, run(Map.of("compose", "false"), null, token(500, "中国")).provenance().get(0)
                .origin());
        assertEquals(Origin.UNPLACED, run(Map.of(), null, token(500, "猫")).provenance().get(0).origin());
    }

    @Test
    void theTraditionalHeadwordCanBeChosen() throws Exception {
        assertEquals(Origin.UNPLACED, run(Map.of(), null, token(500, "國")).provenance().get(0).origin());
        TokenInit t = run(Map.of("script", "traditional"), null, token(500, "國")).provenance().get(0);
        assertArrayEquals(new int[] {BASE.id("▁country"), BASE.id("▁nation")}, t.sourceIds());
    }

    @Test
    void pairFilesWorkInBothColumnOrders() throws Exception {
        Path pairs = Files.writeString(dir.resolve("pairs.tsv"), "student\t学生\ngood\t好\n");
        TokenInit t = run(Map.of("dictionary", pairs.toString(), "format", "pairs"), null, token(500, "学生"))
                .provenance().get(0);
        assertArrayEquals(new int[] {BASE.id("▁stu"), BASE.id("dent")}, t.sourceIds());
        Path swapped = Files.writeString(dir.resolve("swapped.tsv"), "学生\tstudent\n");
        TokenInit s = run(Map.of("dictionary", swapped.toString(), "format", "pairs", "swap", "true"), null,
                token(500, "学生")).provenance().get(0);
        assertArrayEquals(t.sourceIds(), s.sourceIds());
    }

    @Test
    void untiedHeadRowsUseTheSameWeightsOverTheHeadMatrix() throws Exception {
        InitResult r = run(Map.of(), OUT, token(500, "学生"));
        TokenInit head = r.provenance(MatrixRole.OUTPUT).get(0);
        assertArrayEquals(r.provenance(MatrixRole.INPUT).get(0).weights(), head.weights(), 0);
        assertArrayEquals(StrategyFixtures.mix(OUT, head.sourceIds(), head.weights()),
                StrategyFixtures.row(r.rows(MatrixRole.OUTPUT), 0), 0f);
    }

    @Test
    void tokensWithoutAnEntryReachTheFallbackThroughTheInitializer() throws Exception {
        InitProblem p = StrategyFixtures.problem(BASE, IN, null, List.of(token(500, "好"), token(501, "猫")),
                StrategyFixtures.all(BASE.size()));
        InitResult r = Initializer.run(p, Strategies.create("translation", Map.of("dictionary", cedict.toString())),
                new MeanStrategy(), true, JobContext.silent());
        assertEquals(List.of(Origin.MIXTURE, Origin.MEAN), r.provenance().stream().map(TokenInit::origin).toList());
    }

    @Test
    void aMissingDictionaryIsAMissingResourceNamingThePath() {
        Path absent = dir.resolve("nope.u8");
        InitInputException e = assertThrows(InitInputException.class,
                () -> Strategies.create("translation", Map.of("dictionary", absent.toString())));
        assertEquals(InitInputException.Reason.MISSING_RESOURCE, e.reason());
        assertTrue(e.getMessage().contains(absent.toAbsolutePath().toString()), e.getMessage());
        e = assertThrows(InitInputException.class, () -> Strategies.create("translation", Map.of()));
        assertEquals(InitInputException.Reason.BAD_OPTION, e.reason());
        e = assertThrows(InitInputException.class, () -> Strategies.create("translation",
                Map.of("dictionary", cedict.toString(), "max-glosses", "0")));
        assertEquals(InitInputException.Reason.BAD_OPTION, e.reason());
    }
}
