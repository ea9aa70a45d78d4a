package org.vwb.vocab.mine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateCsvTest {

    @TempDir
    Path dir;

    private static final MiningStats STATS = new MiningStats(1, 1, 1, 1, 1, 1, 1, 0);

    @Test
    void writesTheAgreedHeaderAndQuotesWhereRfc4180Needs() throws IOException {
        List<Candidate> rows = List.of(new Candidate("▁中文", " 中文", 9, 9, "▁中", "文"),
                new Candidate("鬱", "鬱", 3, 6, "", ""), new Candidate("a,\"b", "a,\"b", 2, 2, "a,", "\"b"));
        Path csv = dir.resolve("c.csv");
        CandidateCsv.write(csv, new MiningResult(dir, false, rows, STATS));
        assertEquals("piece,frequency,tokens_saved,left,right\r\n▁中文,9,9,▁中,文\r\n鬱,3,6,,\r\n"
                + "\"a,\"\"b\",2,2,\"a,\",\"\"\"b\"\r\n", Files.readString(csv));
        assertEquals(rows, CandidateCsv.read(csv));
    }

    @Test
    void byteLevelFilesCarryTheTextColumn() throws IOException {
        List<Candidate> rows = List.of(new Candidate("ä¸Ńæĸĩ", "中文", 4, 4, "ä¸Ń", "æĸĩ"));
        Path csv = dir.resolve("c.csv");
        CandidateCsv.write(csv, new MiningResult(dir, true, rows, STATS));
        assertEquals("piece,frequency,tokens_saved,left,right,text", Files.readAllLines(csv).getFirst());
        assertEquals(rows, CandidateCsv.read(csv));
    }

    @Test
    void aRowWhosePartsDoNotSpellThePieceIsRejectedWithItsLine() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "piece,frequency,tokens_saved,left,right\n中文,1,1,中,字\n");
        var e = assertThrows(IOException.class, () -> CandidateCsv.read(csv));
        assertEquals(csv + ": line 2: left + right must spell the piece: '中' + '字' != '中文'", e.getMessage());
    }
}
