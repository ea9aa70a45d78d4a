package org.vwb.embedinit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetTokensTest {

    static final FakeTokenizer BASE = FakeTokenizer.of("a", "b", "c");
    static final FakeTokenizer TARGET = FakeTokenizer.of("a", "b", "c", "ab", "bc");

    static String mapping(String tokens) {
        return "{\"format\":\"vwb.id-mapping/1\",\"oldSize\":3,\"newSize\":5,\"newTokens\":[" + tokens + "]}";
    }

    @Test
    void aMappingGivesTheNewTokensWithTheirBaseIds(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("m.json"), mapping(
                "{\"id\":3,\"piece\":\"ab\",\"text\":\"ab\",\"baseIds\":[0,1]},"
                        + "{\"id\":4,\"piece\":\"bc\",\"text\":\"bc\",\"baseIds\":[1,2]}"));
        List<NewToken> tokens = TargetTokens.fromMapping(f, BASE, TARGET);
        assertEquals(2, tokens.size());
        assertArrayEquals(new int[] {1, 2}, tokens.get(1).baseIds());
    }

    @Test
    void aMappingWithAHoleIsRefusedNamingTheEntry(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("m.json"), mapping(
                "{\"id\":4,\"piece\":\"bc\",\"text\":\"bc\",\"baseIds\":[1,2]}"));
        InitInputException e = assertThrows(InitInputException.class, () -> TargetTokens.fromMapping(f, BASE, TARGET));
        assertEquals(InitInputException.Reason.NOT_AN_EXTENSION, e.reason());
        assertTrue(e.getMessage().contains("newTokens[0].id: expected 3 (ids must follow the base without holes), found 4"),
                e.getMessage());
    }

    @Test
    void aTargetThatChangesAnOldPieceIsNotAnExtension() {
        InitInputException e = assertThrows(InitInputException.class,
                () -> TargetTokens.derive(BASE, FakeTokenizer.of("a", "x", "c", "ab")));
        assertTrue(e.getMessage().contains("id 1 is 'x' in the target but 'b' in the base"), e.getMessage());
    }

    @Test
    void withoutAMappingTheNewTokensAreDerivedAndDecomposedByTheBase() throws Exception {
        List<NewToken> tokens = TargetTokens.derive(BASE, TARGET);
        assertEquals(List.of(3, 4), tokens.stream().map(NewToken::id).toList());
        assertArrayEquals(new int[] {0, 1}, tokens.get(0).baseIds());
    }

    @Test
    void aFileOfAnotherFormatIsRefused(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("m.json"), "{\"format\":\"something/2\"}");
        InitInputException e = assertThrows(InitInputException.class, () -> TargetTokens.fromMapping(f, BASE, TARGET));
        assertEquals(InitInputException.Reason.BAD_FILE, e.reason());
    }
}
