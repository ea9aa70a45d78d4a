package org.vwb.vocab.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;
import org.vwb.vocab.Vocabulary;

/// Checks that `tokenizer_config.json` and `special_tokens_map.json` agree with the tokenizer: every
/// `added_tokens_decoder` entry names the piece the tokenizer has at that id, and every special token
/// of the map is in the vocabulary. A merge changes neither (it adds normal pieces only), so agreeing
/// files are copied unchanged.
final class ConfigFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConfigFiles() {
    }

    static void check(BaseTokenizer base, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new TokenizerFormatException(Reason.NOT_JSON, file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        Vocabulary v = base.json() != null ? base.json().vocabulary() : base.vocabulary();
        for (Map.Entry<String, JsonNode> e : root.path("added_tokens_decoder").properties()) {
            String content = e.getValue().path("content").asText();
            int id;
            try {
                id = Integer.parseInt(e.getKey());
            } catch (NumberFormatException ex) {
                throw new TokenizerFormatException(Reason.INVALID_FIELD, file + ": added_tokens_decoder key '" + e.getKey()
                        + "' is not an id");
            }
            String actual = pieceAt(v, id);
            if (!content.equals(actual)) {
                throw new TokenizerFormatException(Reason.ADDED_TOKEN_COLLISION, file + ": added_tokens_decoder." + id
                        + " is '" + content + "', but the tokenizer has " + (actual == null ? "no token" : "'" + actual + "'")
                        + " at id " + id);
            }
        }
        for (String key : new String[] {"bos_token", "eos_token", "unk_token", "pad_token"}) {
            JsonNode t = root.get(key);
            String content = t == null || t.isNull() ? null : t.isTextual() ? t.asText() : t.path("content").asText(null);
            if (content != null && v.idOf(content).isEmpty()) {
                throw new TokenizerFormatException(Reason.ADDED_TOKEN_COLLISION, file + ": " + key + " '" + content
                        + "' is not a token of the tokenizer");
            }
        }
    }

    private static String pieceAt(Vocabulary v, int id) {
        for (Token t : v.tokens()) {
            if (t.id() == id) {
                return t.piece();
            }
        }
        return null;
    }
}
