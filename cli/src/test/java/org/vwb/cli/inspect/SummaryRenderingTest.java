package org.vwb.cli.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.vwb.model.ArchitectureFamily;
import org.vwb.model.CjkCoverage;
import org.vwb.model.HeadKind;
import org.vwb.model.ModelSummary;
import org.vwb.model.ModelWarning;
import org.vwb.model.TensorSummary;
import org.vwb.model.VocabularySummary;
import org.vwb.vocab.TokenizerKind;

class SummaryRenderingTest {

    private static final ModelSummary LLAMA = new ModelSummary(Path.of("/m/llama"), List.of("LlamaForCausalLM"),
            Optional.of("llama"), ArchitectureFamily.LLAMA, Optional.of("float16"), Map.of("F16", 291),
            6_738_415_616L, 13_476_831_232L, List.of("model-00001-of-00002.safetensors",
                    "model-00002-of-00002.safetensors"), 32000, 4096,
            new TensorSummary("model.embed_tokens.weight", "F16", List.of(32000L, 4096L)), HeadKind.UNTIED,
            Optional.of(new TensorSummary("lm_head.weight", "F16", List.of(32000L, 4096L))),
            List.of("tokenizer.model"), Optional.of(new VocabularySummary("tokenizer.model",
                    TokenizerKind.SENTENCEPIECE_BPE, 32000, true)),
            Map.of("bos_token_id", List.of(1), "eos_token_id", List.of(2)),
            Optional.of(new CjkCoverage(700, 700, 700, CjkCoverage.Fallback.BYTES)), List.of());

    private static final ModelSummary MINILM = new ModelSummary(Path.of("/m/minilm"), List.of("BertModel"),
            Optional.of("bert"), ArchitectureFamily.BERT, Optional.empty(), Map.of("F32", 3), 100, 400,
            List.of("model.safetensors"), 30522, 384,
            new TensorSummary("embeddings.word_embeddings.weight", "F32", List.of(30522L, 384L)), HeadKind.NONE,
            Optional.empty(), List.of(), Optional.empty(), Map.of(), Optional.empty(),
            List.of(new ModelWarning(ModelWarning.Code.NO_TOKENIZER, "/m/minilm: no tokenizer")));

    @Test
    void textShowsEveryAspectOnItsOwnLine() {
        String text = SummaryText.format(LLAMA).replace(System.lineSeparator(), "\n");
        assertEquals("""
                Folder        /m/llama
                Architecture  LlamaForCausalLM (model_type llama; llama-style tensor names)
                Dtype         config float16; stored F16 (291 tensors)
                Parameters    6,738,415,616 (12.6 GiB, 13,476,831,232 bytes of tensor data)
                Weights       2 shards: model-00001-of-00002.safetensors, model-00002-of-00002.safetensors
                Config        vocab_size 32,000, hidden_size 4,096
                Embedding     model.embed_tokens.weight  F16 [32000, 4096]
                LM head       lm_head.weight  F16 [32000, 4096] (untied)
                Tokenizer     sentencepiece_bpe, 32,000 ids, from tokenizer.model (byte fallback)
                              files: tokenizer.model
                Special ids   bos 1, eos 2
                CJK           700 pieces contain Han ideographs, 700 of them a single character
                              700 of the 20,992 ideographs U+4E00–U+9FFF (3.33%) are one token; the rest become UTF-8 byte pieces
                Warnings      none
                """, text);
    }

    @Test
    void textOfAnEncoderSaysThereIsNoHeadAndListsWarnings() {
        String text = SummaryText.format(MINILM);
        assertTrue(text.contains("LM head       none (an encoder: no LM head)"), text);
        assertTrue(text.contains("Tokenizer     none readable"), text);
        assertTrue(text.contains("  - /m/minilm: no tokenizer [no_tokenizer]"), text);
    }

    @Test
    void jsonHasStableFieldNamesAndNullsForAbsentValues() throws Exception {
        JsonNode j = new ObjectMapper().readTree(SummaryJson.write(LLAMA));
        assertEquals(List.of("format", "folder", "architectures", "modelType", "family", "torchDtype",
                "tensorDtypes", "parameterCount", "tensorBytes", "shards", "vocabSize", "hiddenSize", "embedding",
                "head", "tokenizer", "specialTokenIds", "cjk", "warnings"), iterable(j.fieldNames()));
        assertEquals(6_738_415_616L, j.get("parameterCount").asLong());
        assertEquals("sentencepiece_bpe", j.get("tokenizer").get("kind").asText());
        assertEquals(700 / 20992.0, j.get("cjk").get("coveredShare").asDouble(), 1e-15);
        assertEquals("bytes", j.get("cjk").get("fallback").asText());
        assertEquals(2, j.get("specialTokenIds").get("eos_token_id").get(0).asInt());

        JsonNode m = new ObjectMapper().readTree(SummaryJson.write(MINILM));
        assertEquals("none", m.get("head").get("kind").asText());
        assertTrue(m.get("head").get("tensor").isNull());
        assertTrue(m.get("torchDtype").isNull());
        assertTrue(m.get("cjk").isNull());
        assertTrue(m.get("tokenizer").get("kind").isNull());
        assertEquals("no_tokenizer", m.get("warnings").get(0).get("code").asText());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
