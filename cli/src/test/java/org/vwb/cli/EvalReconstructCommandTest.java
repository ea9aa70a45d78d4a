package org.vwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalReconstructCommandTest {

    @TempDir
    Path tmp;

    private Path sample() {
        Path dir = tmp.resolve("llama");
        CliRun w = CliRun.run("samples", "write", "tiny-llama-untied-f16", dir.toString(), "--progress", "none");
        assertEquals(0, w.code(), w.err());
        return dir;
    }

    @Test
    void jsonListsEveryMethodPerMatrixWithTheHeldOutTokens() throws IOException {
        CliRun r = CliRun.run("eval", "reconstruct", "--model", sample().toString(), "--holdout", "30", "--seed", "3",
                "--methods", "fvt,long=fvt", "--method-option", "long.weighting=length", "--json", "--progress", "none");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("vwb.reconstruct/1", root.get("format").asText());
        assertEquals(30, root.get("heldOut").size());
        assertEquals(30, root.get("check").get("heldOutEncoded").asInt());
        List<String> rows = new ArrayList<>();
        root.get("results").forEach(x -> rows.add(x.get("method").asText() + "/" + x.get("role").asText()));
        assertEquals(List.of("random/input", "random/output", "mean/input", "mean/output", "multivariate/input",
                "multivariate/output", "fvt/input", "fvt/output", "long/input", "long/output"), rows);
        JsonNode fvt = root.get("results").get(6);
        assertTrue(fvt.get("mrr").asDouble() > 0 && fvt.get("mrr").asDouble() <= 1);
        JsonNode weighted = root.get("results").get(8);
        assertEquals("fvt", weighted.get("strategy").asText());
        assertEquals("length", weighted.get("options").get("weighting").asText());
    }

    @Test
    void theTableRanksMethodsAndMarksBaselines() throws IOException {
        CliRun r = CliRun.run("eval", "reconstruct", "--model", sample().toString(), "--holdout", "20", "--methods",
                "fvt", "--progress", "none");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("held out: 20 of "), r.out());
        assertTrue(r.out().contains("mean*"), r.out());
        assertTrue(r.out().contains("output embedding (lm_head)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("fvt ")), r.out());
    }

    @Test
    void anUnknownMethodIsBadInputWithTheRegistrysMessage() throws IOException {
        CliRun r = CliRun.run("eval", "reconstruct", "--model", sample().toString(), "--methods", "nope",
                "--progress", "none");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), "as for vwb init");
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("vwb: error: unknown method 'nope'; known: mean"), r.err());
        assertTrue(r.err().endsWith("(InitInputException: UNKNOWN_METHOD)" + System.lineSeparator()), r.err());
    }

    @Test
    void aMalformedMethodOptionIsABadCommandLine() {
        CliRun r = CliRun.run("eval", "reconstruct", "--model", tmp.toString(), "--method-option", "fvt=3");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--method-option expects LABEL.KEY=VALUE, found 'fvt=3'"), r.err());
    }

    @Test
    void tooLargeAHoldOutIsBadInputNamingTheCounts() throws IOException {
        CliRun r = CliRun.run("eval", "reconstruct", "--model", sample().toString(), "--holdout", "100000",
                "--progress", "none");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("vwb: error: asked to hold out 100000 tokens but only "), r.err());
        assertTrue(r.err().contains("(ReconstructionException: TOO_FEW_ELIGIBLE)"), r.err());
        assertEquals("", r.out());
    }
}
