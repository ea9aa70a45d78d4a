package org.vwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vwb.core.Workbench;
import org.vwb.core.SampleEntry;

class SamplesCommandTest {

    @TempDir
    Path tmp;

    private static final List<String> NAMES = new Workbench().samples().stream().map(SampleEntry::name).toList();

    @Test
    void listShowsEverySample() {
        CliRun r = CliRun.run("samples", "list");
        assertEquals(0, r.code(), r.err());
        for (String n : NAMES) {
            assertTrue(r.out().contains(n), r.out());
        }
        assertTrue(NAMES.containsAll(List.of("tiny-llama-tied-f32", "tiny-llama-untied-bf16",
                "tiny-llama-sharded-bf16", "minilm-l6")), NAMES.toString());
    }

    @Test
    void everySampleWritesAndInspectsAsTextAndJson() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (String name : NAMES) {
            Path dir = tmp.resolve(name);
            CliRun w = CliRun.run("samples", "write", name, dir.toString(), "--progress", "none");
            assertEquals(0, w.code(), name + ": " + w.err());
            assertTrue(w.out().contains(dir.toString()), w.out());

            CliRun text = CliRun.run("inspect", dir.toString(), "--progress", "none");
            assertEquals(0, text.code(), name + ": " + text.err());
            assertTrue(text.out().contains("Embedding") && text.out().contains("CJK"), text.out());

            CliRun json = CliRun.run("inspect", dir.toString(), "--json", "--progress", "none");
            assertEquals(0, json.code(), name + ": " + json.err());
            JsonNode j = mapper.readTree(json.out());
            assertEquals("vwb.inspect/1", j.get("format").asText());
            assertTrue(j.get("parameterCount").asLong() > 0, name);
            assertTrue(j.get("tokenizer").get("size").asInt() > 0, name);
            assertTrue(j.get("tokenizer").get("size").asLong() <= j.get("embedding").get("shape").get(0).asLong());
            assertFalse(j.get("cjk").isNull(), name);
            String head = j.get("head").get("kind").asText();
            if (name.startsWith("minilm")) {
                assertEquals("none", head, name);
                assertEquals("bert", j.get("family").asText(), name);
            } else if (name.contains("untied")) {
                assertEquals("untied", head, name);
            } else if (name.contains("tied")) {
                assertEquals("tied", head, name);
            }
            if (name.contains("sharded")) {
                assertTrue(j.get("shards").size() > 1, name);
            }
        }
    }

    @Test
    void unknownSampleIsAUsageErrorAndWritesNothing() throws IOException {
        CliRun r = CliRun.run("samples", "write", "no-such-sample", tmp.resolve("x").toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("no-such-sample") && r.err().contains(NAMES.getFirst()), r.err());
        try (var s = Files.list(tmp)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void existingTargetIsAnIoErrorAndIsLeftAlone() throws IOException {
        Path taken = Files.createDirectory(tmp.resolve("taken"));
        Files.writeString(taken.resolve("keep.txt"), "mine");
        CliRun r = CliRun.run("samples", "write", NAMES.getFirst(), taken.toString(), "--progress", "none");
        assertEquals(ExitCodes.IO, r.code());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("taken") && r.err().contains("already exists"), r.err());
        try (var s = Files.list(taken)) {
            assertEquals(List.of(taken.resolve("keep.txt")), s.toList());
        }
    }
}
