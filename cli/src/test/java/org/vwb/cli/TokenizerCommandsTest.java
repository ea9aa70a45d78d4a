package org.vwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.common.JobContext;
import org.vwb.core.SampleRequest;
import org.vwb.core.Workbench;

/// `vwb tokenizer mine` and `vwb tokenizer fertility` in-process, on the tiny Llama sample.
class TokenizerCommandsTest {

    @TempDir
    Path tmp;

    private Path llama() throws IOException {
        return new Workbench().writeSample(new SampleRequest("tiny-llama-tied-f32", tmp.resolve("llama")))
                .run(JobContext.silent());
    }

    private Path corpus() throws IOException {
        return Files.writeString(tmp.resolve("zh.txt"), "词表扩展让中文更省词元。\n".repeat(20)
                + "扩展词表以后，中文文本更短。\n".repeat(10) + "plain English words here\n");
    }

    private static void oneLineError(CliRun r, int code, String... fragments) {
        assertEquals(code, r.code(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("vwb: error: "), r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "expected '" + f + "' in: " + r.err());
        }
        assertEquals("", r.out());
    }

    @Test
    void mineWritesTheCsvAndSummarises() throws IOException {
        Path out = tmp.resolve("c.csv");
        CliRun r = CliRun.run("tokenizer", "mine", "--base", llama().toString(), "--corpus", corpus().toString(),
                "--add", "8", "--threads", "2", "--out", out.toString(), "--progress", "none");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote 8 candidates to " + out), r.out());
        assertTrue(r.out().contains("base tokens: "), r.out());
        List<String> lines = Files.readAllLines(out);
        assertEquals("piece,frequency,tokens_saved,left,right", lines.getFirst());
        assertEquals(9, lines.size());
        assertEquals("", r.err());
    }

    @Test
    void mineReadsAWordFrequencyListNextToWeightedText() throws IOException {
        Path words = Files.writeString(tmp.resolve("dict.txt"), "词表 50 n\n扩展 40 v\n");
        Path out = tmp.resolve("c.csv");
        CliRun r = CliRun.run("tokenizer", "mine", "--base", llama().toString(), "--corpus", corpus().toString(),
                "--corpus-weight", "3", "--word-frequencies", words.toString(), "--script", "cjk-word", "--add", "8",
                "--threads", "2", "--out", out.toString(), "--progress", "none");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("corpus: ", r.out().indexOf('\n') + 1), r.out());
        assertTrue(r.out().contains("corpus: " + (3 * 31 + 90) + " lines"), "3 × 31 text lines + 90 listed words: "
                + r.out());
        assertEquals(9, Files.readAllLines(out).size());
    }

    @Test
    void aMalformedWordFrequencyLineIsBadInputNamingFileAndLine() throws IOException {
        Path words = Files.writeString(tmp.resolve("dict.txt"), "词表 50 n\n扩展 many v\n");
        CliRun r = CliRun.run("tokenizer", "mine", "--base", llama().toString(), "--word-frequencies", words.toString(),
                "--add", "3", "--out", tmp.resolve("c.csv").toString(), "--progress", "none");
        oneLineError(r, ExitCodes.BAD_INPUT, words + " line 2: expected a frequency that is a positive integer",
                "found 'many'", "(CorpusFormatException: MALFORMED_LINE)");
        assertFalse(Files.exists(tmp.resolve("c.csv")));
    }

    @Test
    void mineWithoutAnyCorpusIsAUsageError() throws IOException {
        CliRun r = CliRun.run("tokenizer", "mine", "--base", llama().toString(), "--add", "3",
                "--out", tmp.resolve("c.csv").toString());
        oneLineError(r, ExitCodes.USAGE, "give --corpus FILE... and/or --word-frequencies FILE...");
    }

    @Test
    void aMissingCorpusFileIsAnIoErrorNamingIt() throws IOException {
        Path missing = tmp.resolve("missing.txt");
        CliRun r = CliRun.run("tokenizer", "mine", "--base", llama().toString(), "--corpus", missing.toString(),
                "--add", "3", "--out", tmp.resolve("c.csv").toString(), "--progress", "none");
        oneLineError(r, ExitCodes.IO, missing + ": no such file or folder");
        assertFalse(Files.exists(tmp.resolve("c.csv")));
    }

    @Test
    void anEmptyCorpusIsBadInput() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "\n");
        CliRun r = CliRun.run("tokenizer", "mine", "--base", llama().toString(), "--corpus", empty.toString(),
                "--add", "3", "--out", tmp.resolve("c.csv").toString(), "--progress", "none");
        oneLineError(r, ExitCodes.BAD_INPUT, empty.toString(), "(CorpusFormatException: EMPTY)");
    }

    @Test
    void aCorpusThatIsNotUtf8IsBadInputNamingTheFile() throws IOException {
        Path gbk = Files.write(tmp.resolve("gbk.txt"), "中文文本\n".getBytes(Charset.forName("GBK")));
        CliRun r = CliRun.run("tokenizer", "fertility", "--tokenizer", llama().toString(), "--corpus", gbk.toString(),
                "--progress", "none");
        oneLineError(r, ExitCodes.BAD_INPUT, gbk + ": not UTF-8 text", "line 1", "(CorpusFormatException: NOT_UTF8)");
    }

    @Test
    void unknownScriptAndBadCountsAreUsageErrors() throws IOException {
        Path base = llama();
        CliRun script = CliRun.run("tokenizer", "mine", "--base", base.toString(), "--corpus", corpus().toString(),
                "--add", "3", "--script", "latin", "--out", tmp.resolve("c.csv").toString());
        oneLineError(script, ExitCodes.USAGE, "expected cjk, cjk-word, cjk-punct or any but was 'latin'");
        CliRun zero = CliRun.run("tokenizer", "mine", "--base", base.toString(), "--corpus", corpus().toString(),
                "--add", "0", "--out", tmp.resolve("c.csv").toString(), "--progress", "none");
        oneLineError(zero, ExitCodes.USAGE, "must be >= 1, was 0");
    }

    @Test
    void fertilityPrintsBeforeAndAfterColumns() throws IOException {
        Path base = llama();
        CliRun r = CliRun.run("tokenizer", "fertility", "--tokenizer", base.toString(), "--compare", base.toString(),
                "--corpus", corpus().toString(), "--top", "3", "--progress", "none");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("before"), r.out());
        assertTrue(r.out().contains("tokens per CJK character"), r.out());
        assertTrue(r.out().contains("most used pieces (after): "), r.out());
    }

    @Test
    void fertilityJsonIsTheDocumentedFormat() throws IOException {
        CliRun r = CliRun.run("tokenizer", "fertility", "--tokenizer", llama().toString(), "--corpus", corpus().toString(),
                "--json", "--top", "2", "--progress", "none");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("vwb.fertility/1", root.get("format").asText());
        JsonNode t = root.get("tokenizers").get(0);
        assertEquals(31, t.get("lines").asLong());
        assertEquals(4, t.get("words").asLong(), "the English line");
        assertEquals(t.get("tokens").asDouble() / t.get("cjkCharacters").asDouble(), t.get("tokensPerCjkCharacter").asDouble(), 1e-12);
        assertEquals(2, t.get("topUsed").size());
        assertEquals(1, root.get("tokenizers").size());
    }

    @Test
    void fertilityCsvHasOneRowPerMetricAndJsonExcludesCsv() throws IOException {
        Path base = llama();
        CliRun r = CliRun.run("tokenizer", "fertility", "--tokenizer", base.toString(), "--compare", base.toString(),
                "--corpus", corpus().toString(), "--csv", "--progress", "none");
        assertEquals(0, r.code(), r.err());
        String[] rows = r.out().split("\r\n");
        assertEquals("metric,before,after", rows[0]);
        assertTrue(rows[6].startsWith("tokens_per_cjk_character,"), rows[6]);
        CliRun both = CliRun.run("tokenizer", "fertility", "--tokenizer", base.toString(), "--corpus", corpus().toString(),
                "--csv", "--json");
        oneLineError(both, ExitCodes.USAGE, "mutually exclusive");
    }
}
