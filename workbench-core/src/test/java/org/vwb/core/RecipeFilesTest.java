package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.vocab.mine.Script;

class RecipeFilesTest {

    static final String MINIMAL = """
            {"format": "vwb.recipe/1", "base": "model",
             "pieces": {"source": "mine", "corpus": ["zh.txt"], "count": 500},
             "init": {"method": "fvt", "options": {"weighting": "length"}},
             "output": "out"}
            """;

    @Test
    void aMinimalRecipeGetsDefaultsAndPathsRelativeToItsFolder(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("r.json"), MINIMAL);
        Recipe r = RecipeFiles.read(f);
        assertEquals(dir.resolve("model"), r.base());
        assertEquals(List.of(dir.resolve("zh.txt")), r.pieces().corpus());
        assertEquals(Script.CJK, r.pieces().script());
        assertEquals(Map.of("weighting", "length"), r.init().options());
        assertNull(r.head());
        assertEquals("mean", r.fallback());
        assertEquals(1, r.padToMultipleOf());
        assertEquals(42L, r.seed());
    }

    @Test
    void writtenRecipesReadBackEqual(@TempDir Path dir) throws Exception {
        Recipe r = new Recipe(dir.resolve("m"), new Recipe.Pieces(Recipe.Source.IMPORT, List.of(dir.resolve("c.txt")),
                300, 3, 8, Script.CJK_PUNCTUATION, dir.resolve("tok")), new Recipe.Method("wechsel",
                Map.of("neighbors", "5")), new Recipe.Method("fvt", Map.of()), "random", false, 64,
                new Recipe.Diagnostics(false, 100, 5), dir.resolve("out"), 7);
        Path f = dir.resolve("saved.json");
        RecipeFiles.write(r, f);
        assertEquals(r, RecipeFiles.read(f));
    }

    @Test
    void unknownKeysAreRefusedByName(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("r.json"), MINIMAL.replace("\"count\": 500", "\"count\": 500, \"cuont\": 1"));
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeFiles.read(f));
        assertTrue(e.getMessage().contains("field pieces.cuont: unknown key"), e.getMessage());
    }

    @Test
    void newerFormatsAreRefused(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("r.json"), MINIMAL.replace("vwb.recipe/1", "vwb.recipe/2"));
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeFiles.read(f));
        assertTrue(e.getMessage().contains("newer vwb"), e.getMessage());
    }

    @Test
    void wrongTypesNameTheField(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("r.json"), MINIMAL.replace("\"count\": 500", "\"count\": \"many\""));
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeFiles.read(f));
        assertTrue(e.getMessage().contains("field count: expected a whole number"), e.getMessage());
        Path g = Files.writeString(dir.resolve("g.json"), MINIMAL.replace("\"source\": \"mine\"", "\"source\": \"dig\""));
        e = assertThrows(RecipeException.class, () -> RecipeFiles.read(g));
        assertTrue(e.getMessage().contains("pieces.source: expected one of [mine, import, candidates]"), e.getMessage());
    }
}
