package org.vwb.vocab.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;

/// Merges `added_tokens` into the model's entries by id.
///
/// An added token whose id the model already has must carry the same text (BERT's `[CLS]`, Llama's
/// `<s>`): it then only changes the entry's kind. An added token with a new id must not reuse the text of
/// a model piece, or the two ids would compete for the same text.
final class AddedTokens {
    private AddedTokens() {
    }

    static List<Token> merge(List<Token> modelTokens, JsonNode added, String unkToken, String source)
            throws TokenizerFormatException {
        if (added == null || added.isNull()) {
            return modelTokens;
        }
        if (!added.isArray()) {
            throw new TokenizerFormatException(Reason.INVALID_FIELD, source + ": added_tokens must be an array");
        }
        Map<Integer, Token> byId = new HashMap<>();
        Map<String, Integer> idByPiece = new HashMap<>();
        for (Token t : modelTokens) {
            byId.put(t.id(), t);
            idByPiece.put(t.piece(), t.id());
        }
        Map<Integer, String> addedIds = new HashMap<>();
        List<Token> result = new ArrayList<>(modelTokens);
        for (int i = 0; i < added.size(); i++) {
            JsonNode entry = added.get(i);
            String where = "added_tokens[" + i + "]";
            if (!entry.path("id").canConvertToInt() || !entry.path("id").isIntegralNumber() || entry.get("id").asInt() < 0
                    || !entry.path("content").isTextual()) {
                throw new TokenizerFormatException(Reason.INVALID_FIELD, source + ": " + where
                        + " needs a non-negative integer 'id' and a string 'content', found " + entry);
            }
            int id = entry.get("id").asInt();
            String content = entry.get("content").asText();
            String previous = addedIds.putIfAbsent(id, content);
            if (previous != null) {
                throw new TokenizerFormatException(Reason.DUPLICATE_ID, source + ": " + where + " '" + content
                        + "' reuses id " + id + " of added token '" + previous + "'");
            }
            boolean special = entry.path("special").asBoolean(false);
            Token model = byId.get(id);
            if (model != null) {
                if (!model.piece().equals(content)) {
                    throw new TokenizerFormatException(Reason.ADDED_TOKEN_COLLISION, source + ": " + where + " '" + content
                            + "' has id " + id + ", which model.vocab gives to '" + model.piece() + "'");
                }
                TokenKind kind = content.equals(unkToken) ? TokenKind.UNKNOWN : special ? TokenKind.CONTROL : TokenKind.USER_DEFINED;
                result.set(result.indexOf(model), new Token(id, content, kind, model.score()));
                continue;
            }
            Integer other = idByPiece.get(content);
            if (other != null) {
                throw new TokenizerFormatException(Reason.ADDED_TOKEN_COLLISION, source + ": " + where + " '" + content
                        + "' has id " + id + ", but the same text is already id " + other);
            }
            idByPiece.put(content, id);
            result.add(new Token(id, content, TokenKind.ADDED, 0f));
        }
        return result;
    }
}
