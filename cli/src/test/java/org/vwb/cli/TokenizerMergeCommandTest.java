package org.vwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizerMergeCommandTest {

    @TempDir
    Path tmp;
    Path model;

    @BeforeEach
    void sample() {
        model = tmp.resolve("tiny");
        CliRun r = CliRun.run("samples", "write", "tiny-llama-untied-bf16", model.toString(), "--progress", "none");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void mergesChinesePiecesIntoTheSampleAndProvesThem() throws IOException {
        Path csv = Files.writeString(tmp.resolve("c.csv"), "piece,frequency,tokens_saved,left,right\n▁中文,9,4,,\n"
                + "模型,5,2,,\n中华人民共和国,3,6,,\n");
        Path corpus = Files.writeString(tmp.resolve("corpus.txt"), "我们在学习中文。\nThe model reads English too.\n");
        Path out = tmp.resolve("merged");
        CliRun r = CliRun.run("tokenizer", "merge", "--base", model.toString(), "--add", csv.toString(), "--out",
                out.toString(), "--check-corpus", corpus.toString(), "--progress", "none");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("tokenizer.model: unreachable 0 of"), r.out());
        assertTrue(r.out().contains("tokenizer.json: unreachable 0 of"), r.out());
        assertTrue(r.out().contains("English lines changed 0 of"), r.out());
        assertTrue(r.out().contains("tokenizer.model vs tokenizer.json: 0 disagreements"), r.out());
        JsonNode report = new ObjectMapper().readTree(out.resolve("merge-report.json").toFile());
        assertEquals(3, report.get("added").asInt());
        for (String f : new String[] {"tokenizer.model", "tokenizer.json", "tokenizer_config.json",
            "special_tokens_map.json", "vwb-id-mapping.json", "vwb-provenance.json"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        assertFalse(Files.exists(out.resolve("config.json")), "weights and config are not copied");
    }

    @Test
    void aMalformedCandidateRowIsOneLineNamingFileAndLine() throws IOException {
        Path csv = Files.writeString(tmp.resolve("c.csv"), "中文,1,1,,\n中国,many,1,,\n");
        CliRun r = CliRun.run("tokenizer", "merge", "--base", model.toString(), "--add", csv.toString(), "--out",
                tmp.resolve("o").toString(), "--progress", "none");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains(csv + ":2: malformed candidate row"), r.err());
        assertTrue(r.err().contains("(TokenizerFormatException: INVALID_FIELD)"), r.err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }
}
