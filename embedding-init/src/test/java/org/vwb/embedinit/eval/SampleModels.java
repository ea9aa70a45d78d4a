package org.vwb.embedinit.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.TensorView;
import org.vwb.samples.Samples;

/// The samples the reconstruction tests run on, written once per test JVM into a temporary folder.
final class SampleModels {
    private static Path root;

    private SampleModels() {
    }

    /// The folder of sample `name` (written on first use).
    static synchronized Path folder(String name) {
        try {
            if (root == null) {
                root = Files.createTempDirectory("vwb-eval-samples-");
                root.toFile().deleteOnExit();
            }
            Path dir = root.resolve(name);
            if (!Files.isDirectory(dir)) {
                Samples.write(name, dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// MiniLM: the real 30,522 × 384 WordPiece embedding.
    static ReconstructionModel miniLm() {
        Path dir = folder("minilm-l6");
        return new ReconstructionModel(matrix(dir, "embeddings.word_embeddings.weight"), null,
                dir.resolve("tokenizer.json"), LinearAlgebra.get());
    }

    /// The tiny synthetic Llama with an untied head, read through its SentencePiece `tokenizer.model`.
    static ReconstructionModel tinyLlamaSentencePiece() {
        Path dir = folder("tiny-llama-untied-f16");
        return new ReconstructionModel(matrix(dir, "model.embed_tokens.weight"), matrix(dir, "lm_head.weight"),
                dir.resolve("tokenizer.model"), LinearAlgebra.get());
    }

    static FloatMatrix matrix(Path dir, String tensor) {
        try (Checkpoint c = Checkpoint.open(dir)) {
            TensorView v = c.tensor(tensor);
            return new FloatMatrix(Math.toIntExact(v.rows()), Math.toIntExact(v.columns()), v.toFloatArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
