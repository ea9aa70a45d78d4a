package org.vwb.model.patch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.vwb.model.patch.PatchException;

class ConfigPatchTest {

    private static final Path FILE = Path.of("m", "config.json");

    private static String patched(String text, int value) throws IOException {
        return ConfigPatch.locate(FILE, text).apply(FILE, text, value);
    }

    @Test
    void onlyTheNumberChangesInCompactAndIndentedFiles() throws IOException {
        assertEquals("{\"a\":1e-05,\"vocab_size\":32064,\"b\":[1,2]}",
                patched("{\"a\":1e-05,\"vocab_size\":32000,\"b\":[1,2]}", 32064));
        String pretty = """
                {
                  "architectures": ["LlamaForCausalLM"],
                  "rms_norm_eps": 1e-05,
                  "vocab_size":   32000,
                  "z": {"vocab_sizes": 3}
                }
                """;
        assertEquals(pretty.replace("32000", "52000"), patched(pretty, 52000));
    }

    @Test
    void theFieldUnderTextConfigIsUsedWhenTheTopLevelHasNone() throws IOException {
        String text = "{\"model_type\":\"gemma3\",\"text_config\":{\"hidden_size\":8,\"vocab_size\":262208},"
                + "\"vision_config\":{\"hidden_size\":4}}";
        ConfigPatch p = ConfigPatch.locate(FILE, text);
        assertEquals(List.of("text_config", "vocab_size"), p.path());
        assertEquals(text.replace("262208", "262272"), p.apply(FILE, text, 262272));
    }

    @Test
    void gptjNVocabIsUsedWhenThereIsNoVocabSize() throws IOException {
        assertEquals("{\"n_vocab\": 50500, \"n_embd\": 4096}", patched("{\"n_vocab\": 50400, \"n_embd\": 4096}", 50500));
    }

    @Test
    void aSecondVocabularySizeAnywhereIsRefusedNamingBoth() {
        for (String text : List.of("{\"vocab_size\":10,\"text_config\":{\"vocab_size\":10}}",
                "{\"vocab_size\":10,\"n_vocab\":10}",
                "{\"vocab_size\":10,\"decoder\":{\"layers\":[{\"vocab_size\":10}]}}")) {
            PatchException e = assertThrows(PatchException.class, () -> ConfigPatch.locate(FILE, text));
            assertEquals(PatchException.Reason.CONFIG_UNSUPPORTED, e.reason());
            assertTrue(e.getMessage().contains("'vocab_size'"), e.getMessage());
        }
    }

    @Test
    void theExpectedTreeHasOnlyTheFieldChanged() throws IOException {
        String text = "{\"x\":1,\"text_config\":{\"vocab_size\":5,\"y\":2}}";
        ConfigPatch p = ConfigPatch.locate(FILE, text);
        assertEquals(ConfigPatch.parse(FILE, text.replace("5", "9")), p.expected(ConfigPatch.parse(FILE, text), 9));
    }
}
