package org.vwb.samples.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmOnnxTest {

    static List<OnnxInitializers.Initializer> inits;
    static Map<String, Integer> vocab;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = MiniLmOnnxTest.class.getResourceAsStream(MiniLmSample.ONNX_RESOURCE);
                InputStream tok = MiniLmOnnxTest.class.getResourceAsStream(MiniLmSample.TOKENIZER_RESOURCE)) {
            inits = OnnxInitializers.read(in.readAllBytes(), "test");
            vocab = new HashMap<>();
            new ObjectMapper().readTree(tok).path("model").path("vocab").properties()
                    .forEach(e -> vocab.put(e.getKey(), e.getValue().asInt()));
        }
    }

    static FloatBuffer floats(OnnxInitializers.Initializer i) {
        return ByteBuffer.wrap(i.bytes(), i.offset(), i.length()).slice().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    }

    static OnnxInitializers.Initializer words() {
        return inits.stream().filter(i -> i.name().equals(MiniLmSample.WORD_EMBEDDINGS)).findFirst().orElseThrow();
    }

    @Test
    void wordEmbeddingsAreAFloatMatrixOf30522By384() {
        OnnxInitializers.Initializer w = words();
        assertEquals(OnnxInitializers.FLOAT, w.dataType());
        assertArrayEquals(new long[] {30522, 384}, w.dims());
        assertEquals(30522, vocab.size());
    }

    @Test
    void nearestRowsOfKingAreRoyalWords() {
        List<String> nearest = nearest("king", 8);
        assertTrue(nearest.contains("queen") || nearest.contains("kings"), nearest.toString());
    }

    /// The `count` pieces whose rows have the highest cosine to `word`'s row (excluding itself).
    static List<String> nearest(String word, int count) {
        FloatBuffer f = floats(words());
        int dim = 384;
        int rows = 30522;
        int q = vocab.get(word);
        double[] norms = new double[rows];
        double[] dots = new double[rows];
        for (int r = 0; r < rows; r++) {
            double n = 0;
            double d = 0;
            for (int c = 0; c < dim; c++) {
                float x = f.get(r * dim + c);
                n += x * x;
                d += x * f.get(q * dim + c);
            }
            norms[r] = Math.sqrt(n);
            dots[r] = d;
        }
        String[] byId = new String[rows];
        vocab.forEach((k, v) -> byId[v] = k);
        return IntStream.range(0, rows).filter(r -> r != q).boxed()
                .sorted(Comparator.comparingDouble(r -> -dots[r] / (norms[r] * norms[q] + 1e-12)))
                .limit(count).map(r -> byId[r]).toList();
    }

    @Test
    void bertNamedInitializersAreFound() {
        List<String> names = new ArrayList<>(inits.stream().map(OnnxInitializers.Initializer::name).toList());
        assertTrue(names.contains("embeddings.position_embeddings.weight"), names.toString());
    }

    @Test
    void bytesThatAreNoOnnxModelAreRejected() {
        assertThrows(IOException.class, () -> OnnxInitializers.read(new byte[] {0x0A, 0x02, 0x08, 0x01}, "tiny"));
    }
}
