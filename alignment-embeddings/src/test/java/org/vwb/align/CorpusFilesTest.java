package org.vwb.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {

    @TempDir
    Path tmp;

    static List<String> read(TokenSource<String[]> s, int part, int parts) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenSource.Cursor<String[]> c = s.open(part, parts)) {
            String[] line;
            while ((line = c.next()) != null) {
                out.add(String.join("|", line));
            }
        }
        return out;
    }

    @Test
    void partsTogetherHoldEveryLineOnceInOrder() throws IOException {
        Path a = tmp.resolve("a.txt");
        Path b = tmp.resolve("b.txt");
        StringBuilder sa = new StringBuilder();
        for (int i = 0; i < 57; i++) {
            sa.append("line ").append(i).append(" ").append("x".repeat(i % 7)).append('\n');
        }
        Files.writeString(a, sa.toString());
        Files.writeString(b, "last file\r\nno newline at end");
        TokenSource<String[]> src = CorpusFiles.whitespace(List.of(a, b));
        List<String> whole = read(src, 0, 1);
        assertEquals(59, whole.size());
        assertEquals("no|newline|at|end", whole.getLast());
        assertEquals("last|file", whole.get(57));
        for (int parts = 2; parts <= 9; parts++) {
            List<String> joined = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                joined.addAll(read(src, p, parts));
            }
            assertEquals(whole, joined, parts + " parts");
        }
    }

    @Test
    void charactersSplitsHanAndSymbolsButKeepsLatinWords() throws IOException {
        Path f = tmp.resolve("zh.txt");
        Files.writeString(f, "使用 Linux 内核2024版，很好。\n");
        assertEquals(List.of("使|用|Linux|内|核|2024|版|，|很|好|。"), read(CorpusFiles.characters(List.of(f)), 0, 1));
        assertArrayEquals(new String[] {"a", "b"}, org.vwb.align.internal.Splitter.whitespace(" a\t b  "));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = tmp.resolve("nope.txt");
        var e = assertThrows(NoSuchFileException.class, () -> CorpusFiles.whitespace(List.of(missing)));
        assertEquals(missing.toString(), e.getFile());
    }
}
