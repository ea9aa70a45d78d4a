package org.vwb.safetensors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A file written by the project, read by Python's struct + json (python3 is on CI, see scripts/ci-prepare:
/// when it is missing this test fails rather than skips).
class PythonReaderTest {

    @TempDir
    Path dir;

    @Test
    void pythonReadsWhatTheWriterWrites() throws Exception {
        SplittableRandom rnd = new SplittableRandom(99);
        List<RoundTripTest.Spec> specs;
        do {
            specs = RoundTripTest.randomTensors(rnd);
        } while (specs.size() < 3);
        Path file = dir.resolve("model.safetensors");
        RoundTripTest.writer(specs).write(file);

        JsonNode read = new ObjectMapper().readTree(runPython(file));
        assertEquals("pt", read.get("metadata").get("format").asText());
        assertEquals(specs.size(), read.get("tensors").size());
        for (RoundTripTest.Spec s : specs) {
            JsonNode t = read.get("tensors").get(s.name());
            assertEquals(s.dtype().wireName(), t.get("dtype").asText(), s.name());
            assertEquals(java.util.Arrays.toString(s.shape()), t.get("shape").toString().replace(",", ", "));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.bytes())),
                    t.get("sha256").asText(), s.name());
        }
    }

    static String runPython(Path file) throws Exception {
        Path script = Path.of(PythonReaderTest.class.getResource("read_safetensors.py").toURI());
        Process p = new ProcessBuilder("python3", script.toString(), file.toString()).start();
        p.getOutputStream().close();
        byte[] stdout = p.getInputStream().readAllBytes();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IOException("python3 reader failed (exit " + rc + "): " + stderr);
        }
        return new String(stdout, StandardCharsets.UTF_8);
    }
}
