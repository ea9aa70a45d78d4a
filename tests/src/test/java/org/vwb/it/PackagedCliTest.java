package org.vwb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The packaged `vwb-cli.jar` run as a separate process, the way the `./vwb` launcher runs it: manifest,
/// `lib/` class path, exit codes, one-line errors on stderr, and nothing written on failure.
class PackagedCliTest {

    private record Result(int code, String out, String err) {
    }

    @TempDir
    Path tmp;

    private static Result vwb(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("vwb.cliJar", "../cli/target/vwb-cli.jar"));
        assertTrue(Files.isRegularFile(jar), "the cli module's package phase builds " + jar.toAbsolutePath());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        int code = p.waitFor();
        return new Result(code, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void writesASampleAndInspectsItAsJson() throws Exception {
        Path model = tmp.resolve("tiny");
        Result w = vwb("samples", "write", "tiny-llama-sharded-bf16", model.toString(), "--progress", "none");
        assertEquals(0, w.code(), w.err());
        Result r = vwb("inspect", model.toString(), "--json", "--progress", "none");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("vwb.inspect/1", j.get("format").asText());
        assertEquals(2, j.get("shards").size(), r.out());
        assertEquals("model.embed_tokens.weight", j.get("embedding").get("name").asText());
    }

    @Test
    void aTruncatedShardIsOneLineOnStderrExitCode3AndNothingWritten() throws Exception {
        Path model = tmp.resolve("tiny");
        assertEquals(0, vwb("samples", "write", "tiny-llama-tied-f32", model.toString(), "--progress", "none").code());
        Path weights = model.resolve("model.safetensors");
        try (RandomAccessFile f = new RandomAccessFile(weights.toFile(), "rw")) {
            f.setLength(f.length() - 100);
        }
        List<Path> before = listing(tmp);
        Result r = vwb("inspect", model.toString(), "--progress", "none");
        assertEquals(3, r.code(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.getFirst().startsWith("vwb: error: ") && lines.getFirst().contains("model.safetensors"),
                r.err());
        assertEquals(before, listing(tmp), "inspect wrote nothing");
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        Result r = vwb("frobnicate");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("frobnicate"), r.err());
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().toList();
        }
    }
}
