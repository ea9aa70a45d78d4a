package org.vwb.model.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The background read of a base's shards: it covers exactly the safetensors files, stops when asked,
/// and does nothing where it should not.
class BasePrefetchTest {
    @TempDir
    Path dir;

    private Path folder() throws IOException {
        Files.write(dir.resolve("model-00001-of-00002.safetensors"), new byte[3 << 20]);
        Files.write(dir.resolve("model-00002-of-00002.safetensors"), new byte[1 << 20]);
        Files.write(dir.resolve("tokenizer.model"), new byte[5 << 20]);
        return dir;
    }

    @Test
    void readsEverySafetensorsFileAndNothingElse() throws IOException {
        BasePrefetch p = BasePrefetch.start(folder());
        p.awaitEnd();
        assertEquals(4 << 20, p.bytes(), "both shards, not the tokenizer");
        p.close();
    }

    @Test
    void aBaseThatIsNotAFolderIsNotPrefetched() throws IOException {
        try (BasePrefetch p = BasePrefetch.start(folder().resolve("model-00001-of-00002.safetensors"))) {
            p.awaitEnd();
            assertEquals(0, p.bytes());
        }
    }

    @Test
    void theSystemPropertyTurnsItOff() throws IOException {
        System.setProperty("vwb.patch.prefetch", "false");
        try (BasePrefetch p = BasePrefetch.start(folder())) {
            p.awaitEnd();
            assertEquals(0, p.bytes());
        } finally {
            System.clearProperty("vwb.patch.prefetch");
        }
    }
}
