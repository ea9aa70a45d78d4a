package org.vwb.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.vwb.samples.Samples;

class SampleFoldersTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(textBlock = """
            tiny-llama-tied-f32,     LLAMA, TIED,   model.embed_tokens.weight
            tiny-llama-untied-bf16,  LLAMA, UNTIED, model.embed_tokens.weight
            tiny-llama-sharded-bf16, LLAMA, UNTIED, model.embed_tokens.weight
            minilm-l6,               BERT,  NONE,   embeddings.word_embeddings.weight
            """)
    void everySampleOpensWithItsLayoutAndAConsistentTokenizer(String name, ArchitectureFamily family, HeadKind head,
                                                             String embedding) throws IOException {
        Path dir = tmp.resolve(name);
        Samples.write(name, dir);
        ModelFolder m = ModelFolder.open(dir);
        assertEquals(family, m.layout().family());
        assertEquals(head, m.layout().headKind());
        assertEquals(embedding, m.layout().embedding().name());
        ModelSummary s = ModelSummary.of(m, m.readVocabulary());
        assertTrue(s.vocabulary().orElseThrow().size() <= m.layout().rows(), name);
        assertEquals(m.config().hiddenSize(), s.embedding().shape().get(1).intValue(), name);
        assertTrue(s.cjk().isPresent(), name);
    }
}
