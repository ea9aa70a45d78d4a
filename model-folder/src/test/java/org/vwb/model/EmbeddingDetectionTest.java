package org.vwb.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.vwb.model.internal.EmbeddingDetector;
import org.vwb.model.internal.EmbeddingDetector.Detection;
import org.vwb.model.internal.ShapeChecks;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.TensorInfo;

class EmbeddingDetectionTest {

    private static final Path WEIGHTS = Path.of("m", "model.safetensors");

    static ModelConfig config(String modelType, List<String> archs, int vocab, int hidden, Boolean tie) {
        return new ModelConfig(Path.of("m", "config.json"), archs, Optional.ofNullable(modelType), vocab, hidden,
                hidden, Optional.ofNullable(tie), Optional.of("float32"), Map.of("eos_token_id", List.of(2)));
    }

    static Map<String, TensorInfo> tensors(Object... nameAndShape) {
        Map<String, TensorInfo> m = new LinkedHashMap<>();
        long offset = 0;
        for (int i = 0; i < nameAndShape.length; i += 2) {
            long[] shape = (long[]) nameAndShape[i + 1];
            long bytes = 4;
            for (long d : shape) {
                bytes *= d;
            }
            String name = (String) nameAndShape[i];
            m.put(name, new TensorInfo(name, DType.F32, shape, offset, offset + bytes));
            offset += bytes;
        }
        return m;
    }

    static long[] s(long... dims) {
        return dims;
    }

    private static Detection detect(ModelConfig c, Map<String, TensorInfo> t) throws ModelFolderException {
        return EmbeddingDetector.detect(c, t, WEIGHTS);
    }

    @Test
    void llamaWithSeparateHeadIsUntied() throws ModelFolderException {
        Detection d = detect(config("llama", List.of("LlamaForCausalLM"), 64, 8, false),
                tensors("model.embed_tokens.weight", s(64, 8), "lm_head.weight", s(64, 8), "model.norm.weight", s(8)));
        assertEquals(ArchitectureFamily.LLAMA, d.layout().family());
        assertEquals(HeadKind.UNTIED, d.layout().headKind());
        assertEquals("lm_head.weight", d.layout().head().orElseThrow().name());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void llamaWithoutHeadAndTiedConfigIsTied() throws ModelFolderException {
        Detection d = detect(config("llama", List.of(), 64, 8, true), tensors("model.embed_tokens.weight", s(64, 8)));
        assertEquals(HeadKind.TIED, d.layout().headKind());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void headStoredWhileConfigSaysTiedWarns() throws ModelFolderException {
        Detection d = detect(config("gemma", List.of(), 64, 8, null),
                tensors("model.embed_tokens.weight", s(64, 8), "lm_head.weight", s(64, 8)));
        assertEquals(HeadKind.UNTIED, d.layout().headKind());
        assertEquals(List.of(ModelWarning.Code.HEAD_STORED_BUT_TIED), codes(d.warnings()));
    }

    @Test
    void headMissingWhileConfigSaysUntiedWarnsAndTies() throws ModelFolderException {
        Detection d = detect(config("mistral", List.of(), 64, 8, null), tensors("model.embed_tokens.weight", s(64, 8)));
        assertEquals(HeadKind.TIED, d.layout().headKind());
        assertEquals(List.of(ModelWarning.Code.HEAD_MISSING_BUT_UNTIED), codes(d.warnings()));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            bert, BertModel,          bert.embeddings.word_embeddings.weight, NONE
            bert, BertModel,          embeddings.word_embeddings.weight,      NONE
            bert, BertForMaskedLM,    bert.embeddings.word_embeddings.weight, TIED
            gpt2, GPT2LMHeadModel,    wte.weight,                             TIED
            gpt2, GPT2LMHeadModel,    transformer.wte.weight,                 TIED
            """)
    void findsEmbeddingOfEachFamily(String type, String arch, String name, HeadKind kind) throws ModelFolderException {
        Detection d = detect(config(type, List.of(arch), 64, 8, null), tensors("x.pos", s(16, 8), name, s(64, 8)));
        assertEquals(name, d.layout().embedding().name());
        assertEquals(kind, d.layout().headKind());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void familyComesFromArchitecturesWhenModelTypeIsMissing() throws ModelFolderException {
        Detection d = detect(config(null, List.of("Qwen2ForCausalLM"), 64, 8, true),
                tensors("model.embed_tokens.weight", s(64, 8)));
        assertEquals(ArchitectureFamily.LLAMA, d.layout().family());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void unknownArchitectureFallsBackToNamePatternWithWarning() throws ModelFolderException {
        Detection d = detect(config("mystery", List.of("MysteryModel"), 64, 8, true),
                tensors("backbone.embed_tokens.weight", s(64, 8), "backbone.norm.weight", s(8)));
        assertEquals("backbone.embed_tokens.weight", d.layout().embedding().name());
        assertEquals(List.of(ModelWarning.Code.ARCHITECTURE_GUESSED), codes(d.warnings()));
    }

    @Test
    void missingEmbeddingListsTheNamesLookedFor() {
        ModelFolderException e = assertThrows(ModelFolderException.class,
                () -> detect(config("llama", List.of(), 64, 8, false), tensors("model.norm.weight", s(8))));
        assertEquals(ModelFolderException.Reason.EMBEDDING_NOT_FOUND, e.reason());
        assertTrue(e.getMessage().contains("model.embed_tokens.weight") && e.getMessage().contains("wte.weight")
                && e.getMessage().contains("model.safetensors"), e.getMessage());
    }

    @Test
    void ambiguousPatternMatchesAreRejected() {
        ModelFolderException e = assertThrows(ModelFolderException.class, () -> detect(config("x", List.of(), 64, 8, true),
                tensors("a.embed_tokens.weight", s(64, 8), "b.embed_tokens.weight", s(64, 8))));
        assertEquals(ModelFolderException.Reason.EMBEDDING_NOT_FOUND, e.reason());
    }

    @Test
    void untiedHeadOfOtherShapeIsRejected() {
        ModelFolderException e = assertThrows(ModelFolderException.class, () -> detect(
                config("llama", List.of(), 64, 8, false),
                tensors("model.embed_tokens.weight", s(64, 8), "lm_head.weight", s(60, 8))));
        assertEquals(ModelFolderException.Reason.HEAD_SHAPE_MISMATCH, e.reason());
        assertTrue(e.getMessage().contains("[60, 8]") && e.getMessage().contains("[64, 8]"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            64, 7, EMBEDDING_SHAPE_MISMATCH
            65, 8, VOCAB_SIZE_MISMATCH
            """)
    void shapeChecksRejectConfigMismatch(int vocab, int hidden, ModelFolderException.Reason reason)
            throws ModelFolderException {
        ModelConfig c = config("llama", List.of(), vocab, hidden, true);
        Map<String, TensorInfo> t = tensors("model.embed_tokens.weight", s(64, 8));
        Detection d = detect(c, t);
        ModelFolderException e = assertThrows(ModelFolderException.class,
                () -> ShapeChecks.check(c, d.layout(), List.copyOf(t.values())));
        assertEquals(reason, e.reason());
    }

    @Test
    void shapeChecksWarnAboutStaleVocabSizeAndOutOfRangeIds() throws ModelFolderException {
        ModelConfig c = new ModelConfig(Path.of("config.json"), List.of(), Optional.of("llama"), 60, 8, 8,
                Optional.of(true), Optional.of("bfloat16"), Map.of("eos_token_id", List.of(70)));
        Map<String, TensorInfo> t = tensors("model.embed_tokens.weight", s(64, 8));
        List<ModelWarning> w = ShapeChecks.check(c, detect(c, t).layout(), List.copyOf(t.values()));
        assertEquals(List.of(ModelWarning.Code.VOCAB_SIZE_BELOW_ROWS, ModelWarning.Code.SPECIAL_ID_OUT_OF_RANGE,
                ModelWarning.Code.DTYPE_DIFFERS_FROM_CONFIG), codes(w));
    }

    @Test
    void embeddingThatIsNotAMatrixIsRejected() throws ModelFolderException {
        ModelConfig c = config("llama", List.of(), 64, 8, true);
        Map<String, TensorInfo> t = tensors("model.embed_tokens.weight", s(64, 8, 1));
        Detection d = detect(c, t);
        assertEquals(ModelFolderException.Reason.EMBEDDING_SHAPE_MISMATCH, assertThrows(ModelFolderException.class,
                () -> ShapeChecks.check(c, d.layout(), List.copyOf(t.values()))).reason());
    }

    static List<ModelWarning.Code> codes(List<ModelWarning> warnings) {
        return warnings.stream().map(ModelWarning::code).toList();
    }
}
