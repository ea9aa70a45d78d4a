package org.vwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    @TempDir
    Path tmp;

    /// Runs inspect on a bad folder and checks the error contract: one line naming what is wrong,
    /// the exit code, nothing on stdout and no file added to the folder.
    private CliRun rejects(Path dir, int code, String... fragments) throws IOException {
        List<Path> before = listing(tmp);
        CliRun r = CliRun.run("inspect", dir.toString(), "--progress", "none");
        assertEquals(code, r.code(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("vwb: error: "), r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "expected '" + f + "' in: " + r.err());
        }
        assertEquals("", r.out());
        assertEquals(before, listing(tmp), "nothing written");
        return r;
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void missingFolderIsBadInput() throws IOException {
        rejects(tmp.resolve("nowhere"), ExitCodes.BAD_INPUT, "nowhere", "no such folder",
                "(ModelFolderException: NOT_A_DIRECTORY)");
    }

    @Test
    void folderWithoutConfigIsBadInput() throws IOException {
        rejects(Files.createDirectory(tmp.resolve("empty")), ExitCodes.BAD_INPUT, "config.json",
                "(ModelFolderException: NO_CONFIG)");
    }

    @Test
    void configThatIsNotJsonIsBadInput() throws IOException {
        Path dir = Fixtures.llama(tmp.resolve("m"), 16, 4, 16, 4, false);
        Files.writeString(dir.resolve("config.json"), "{\"vocab_size\": 16,");
        rejects(dir, ExitCodes.BAD_INPUT, "config.json", "(ModelFolderException: CONFIG_NOT_JSON)");
    }

    @Test
    void configWithoutHiddenSizeNamesTheField() throws IOException {
        Path dir = Fixtures.llama(tmp.resolve("m"), 16, 4, 16, 4, false);
        Files.writeString(dir.resolve("config.json"), "{\"vocab_size\": 16}");
        rejects(dir, ExitCodes.BAD_INPUT, "'hidden_size'", "(ModelFolderException: CONFIG_FIELD_MISSING)");
    }

    @Test
    void folderWithoutWeightsIsBadInput() throws IOException {
        Path dir = Fixtures.llama(tmp.resolve("m"), 16, 4, 16, 4, false);
        Files.delete(dir.resolve("model.safetensors"));
        rejects(dir, ExitCodes.BAD_INPUT, "model.safetensors", "(ModelFolderException: NO_WEIGHTS)");
    }

    @Test
    void hiddenSizeMismatchNamesFieldAndTensor() throws IOException {
        Path dir = Fixtures.llama(tmp.resolve("m"), 16, 5, 16, 4, false);
        rejects(dir, ExitCodes.BAD_INPUT, "'hidden_size'", "model.embed_tokens.weight",
                "(ModelFolderException: EMBEDDING_SHAPE_MISMATCH)");
    }

    @Test
    void vocabSizeAboveRowsIsBadInput() throws IOException {
        Path dir = Fixtures.llama(tmp.resolve("m"), 20, 4, 16, 4, true);
        rejects(dir, ExitCodes.BAD_INPUT, "'vocab_size'", "(ModelFolderException: VOCAB_SIZE_MISMATCH)");
    }

    @Test
    void truncatedSafetensorsIsBadInput() throws IOException {
        Path dir = Fixtures.llama(tmp.resolve("m"), 16, 4, 16, 4, false);
        Path f = dir.resolve("model.safetensors");
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length - 10));
        rejects(dir, ExitCodes.BAD_INPUT, "model.safetensors", "(SafetensorsFormatException: ");
    }

    @Test
    void headerThatLiesAboutOffsetsIsBadInput() throws IOException {
        Path dir = Fixtures.llama(tmp.resolve("m"), 16, 4, 16, 4, false);
        Path f = dir.resolve("model.safetensors");
        String s = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
        // the embedding claims 4 more bytes than its shape needs; the file length is unchanged
        s = s.replace("\"data_offsets\":[0,256]", "\"data_offsets\":[0,260]");
        Files.write(f, s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        rejects(dir, ExitCodes.BAD_INPUT, "model.safetensors", "(SafetensorsFormatException: ");
    }

    @Test
    void shardMissingFromTheFolderIsBadInput() throws IOException {
        Path dir = Fixtures.shardedLlama(tmp.resolve("m"), 16, 4);
        Files.delete(dir.resolve("model-00002-of-00002.safetensors"));
        rejects(dir, ExitCodes.BAD_INPUT, "model-00002-of-00002.safetensors", "(SafetensorsFormatException: ");
    }

    @Test
    void indexPointingOutsideTheFolderIsBadInput() throws IOException {
        Path dir = Fixtures.shardedLlama(tmp.resolve("m"), 16, 4);
        Files.copy(dir.resolve("model-00002-of-00002.safetensors"), tmp.resolve("outside.safetensors"));
        Fixtures.writeIndex(dir, 512, "model-00001-of-00002.safetensors", "../outside.safetensors");
        rejects(dir, ExitCodes.BAD_INPUT, "outside.safetensors", "(SafetensorsFormatException: SHARD_INVALID)");
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        CliRun r = CliRun.run("inspect", tmp.resolve("nowhere").toString(), "--progress", "none", "--verbose");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.errLines().length > 1 && r.err().contains("\tat org.vwb."), r.err());
    }

    @Test
    void inspectsAHandMadeUntiedModel() throws IOException {
        Path dir = Fixtures.llama(tmp.resolve("m"), 16, 4, 16, 4, true);
        CliRun r = CliRun.run("inspect", dir.toString(), "--progress", "none");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("LlamaForCausalLM"), r.out());
        assertTrue(r.out().contains("model.embed_tokens.weight  F32 [16, 4]"), r.out());
        assertTrue(r.out().contains("lm_head.weight  F32 [16, 4] (untied)"), r.out());
        assertTrue(r.out().contains("no_tokenizer"), r.out());
    }

    @Test
    void jsonOfAShardedModelParsesBack() throws IOException {
        Path dir = Fixtures.shardedLlama(tmp.resolve("m"), 16, 4);
        CliRun r = CliRun.run("inspect", dir.toString(), "--json", "--progress", "none");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("vwb.inspect/1", j.get("format").asText());
        assertEquals(dir.toAbsolutePath().normalize().toString(), j.get("folder").asText());
        assertEquals(2 * 16 * 4, j.get("parameterCount").asLong());
        assertEquals(2 * 16 * 4 * 4, j.get("tensorBytes").asLong());
        assertEquals(List.of("model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"),
                new ObjectMapper().convertValue(j.get("shards"), List.class));
        assertEquals("untied", j.get("head").get("kind").asText());
        assertEquals("lm_head.weight", j.get("head").get("tensor").get("name").asText());
        assertEquals(16, j.get("embedding").get("shape").get(0).asInt());
        assertTrue(j.get("cjk").isNull());
        assertTrue(j.get("tokenizer").get("size").isNull());
        assertEquals("no_tokenizer", j.get("warnings").get(0).get("code").asText());
    }

    @Test
    void plainProgressGoesToStderrOnly() throws IOException {
        Path dir = Fixtures.llama(tmp.resolve("m"), 16, 4, 16, 4, false);
        CliRun r = CliRun.run("inspect", dir.toString(), "--json", "--progress", "plain");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("reading config and safetensors headers"), r.err());
        new ObjectMapper().readTree(r.out()); // stdout stays pure JSON
    }
}
