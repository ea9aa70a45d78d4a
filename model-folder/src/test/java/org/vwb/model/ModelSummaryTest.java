package org.vwb.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.vwb.model.internal.EmbeddingDetector;
import org.vwb.safetensors.TensorInfo;
import org.vwb.vocab.TokenizerKind;

class ModelSummaryTest {

    private static ModelFolder folder(List<String> tokenizerFiles) throws ModelFolderException {
        ModelConfig c = EmbeddingDetectionTest.config("llama", List.of("LlamaForCausalLM"), 6, 4, false);
        Map<String, TensorInfo> t = EmbeddingDetectionTest.tensors("model.embed_tokens.weight",
                EmbeddingDetectionTest.s(6, 4), "lm_head.weight", EmbeddingDetectionTest.s(6, 4),
                "model.norm.weight", EmbeddingDetectionTest.s(4));
        EmbeddingLayout layout = EmbeddingDetector.detect(c, t, Path.of("m")).layout();
        Path dir = Path.of("m");
        return new ModelFolder(dir, c, List.of(Path.of("model.safetensors")), List.copyOf(t.values()), layout,
                new TokenizerFiles(dir, tokenizerFiles), List.of());
    }

    @Test
    void summarisesCountsShapesAndTokenizer() throws ModelFolderException {
        FakeVocabulary v = FakeVocabulary.of(TokenizerKind.SENTENCEPIECE_BPE, true, "<unk>", "<s>", "</s>", "▁a", "中");
        ModelSummary s = ModelSummary.of(folder(List.of("tokenizer.model")), Optional.of(v));
        assertEquals(6 * 4 * 2 + 4, s.parameterCount());
        assertEquals((6 * 4 * 2 + 4) * 4L, s.tensorBytes());
        assertEquals(Map.of("F32", 3), s.tensorDtypes());
        assertEquals(List.of("model.safetensors"), s.shards());
        assertEquals(new TensorSummary("model.embed_tokens.weight", "F32", List.of(6L, 4L)), s.embedding());
        assertEquals(HeadKind.UNTIED, s.headKind());
        assertEquals(new VocabularySummary("tokenizer.model", TokenizerKind.SENTENCEPIECE_BPE, 5, true),
                s.vocabulary().orElseThrow());
        assertEquals(1, s.cjk().orElseThrow().coveredUnifiedIdeographs());
        assertEquals(List.of(ModelWarning.Code.PADDED_ROWS), EmbeddingDetectionTest.codes(s.warnings()));
    }

    @Test
    void tokenizerLargerThanEmbeddingIsRejected() {
        FakeVocabulary v = FakeVocabulary.of(TokenizerKind.HF_BPE, false, "a", "b", "c", "d", "e", "f", "g");
        ModelFolderException e = assertThrows(ModelFolderException.class,
                () -> ModelSummary.of(folder(List.of("tokenizer.json")), Optional.of(v)));
        assertEquals(ModelFolderException.Reason.TOKENIZER_EXCEEDS_EMBEDDING, e.reason());
        assertTrue(e.getMessage().contains("tokenizer.json") && e.getMessage().contains("7 ids"), e.getMessage());
    }

    @Test
    void missingTokenizerIsAWarning() throws ModelFolderException {
        ModelSummary s = ModelSummary.of(folder(List.of("vocab.txt")), Optional.empty());
        assertEquals(List.of(ModelWarning.Code.NO_TOKENIZER), EmbeddingDetectionTest.codes(s.warnings()));
        assertTrue(s.cjk().isEmpty());
    }

    @Test
    void vocabularySourcePrefersTokenizerJson() {
        TokenizerFiles f = new TokenizerFiles(Path.of("m"), List.of("tokenizer.json", "tokenizer.model", "vocab.txt"));
        assertEquals(Optional.of(Path.of("m", "tokenizer.json")), f.vocabularySource());
        assertEquals(Optional.empty(), new TokenizerFiles(Path.of("m"), List.of("vocab.txt")).vocabularySource());
    }
}
