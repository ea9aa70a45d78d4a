package org.vwb.vocab.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;

/// The `model` section of a `tokenizer.json`, one reader per model type.
final class HfModelVocab {

    /// What a model section contributes.
    record Entries(List<Token> tokens, boolean byteFallback, String unkToken, String continuingPrefix) {
    }

    private HfModelVocab() {
    }

    /// `model.type`, or the type implied by the fields when an old file omits it.
    static String modelType(JsonNode model, String source) throws TokenizerFormatException {
        JsonNode type = model.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null) {
            throw new TokenizerFormatException(Reason.UNKNOWN_MODEL_TYPE, source + ": model.type must be a string, found "
                    + type.getNodeType());
        }
        if (model.has("merges")) {
            return "BPE";
        }
        if (model.path("vocab").isArray()) {
            return "Unigram";
        }
        if (model.has("max_input_chars_per_word")) {
            return "WordPiece";
        }
        throw new TokenizerFormatException(Reason.UNKNOWN_MODEL_TYPE, source
                + ": model.type is missing and the model's fields match no known type");
    }

    static Entries bpe(JsonNode model, String source) throws TokenizerFormatException {
        boolean byteFallback = model.path("byte_fallback").asBoolean(false);
        String unk = textOrNull(model.get("unk_token"));
        String prefix = textOrEmpty(model.get("continuing_subword_prefix"));
        Map<String, Integer> vocab = vocabObject(model, source);
        checkMerges(model.get("merges"), vocab, prefix, source);
        List<Token> tokens = new ArrayList<>(vocab.size());
        vocab.forEach((piece, id) -> {
            TokenKind kind = piece.equals(unk) ? TokenKind.UNKNOWN
                    : byteFallback && PieceText.byteValue(piece) >= 0 ? TokenKind.BYTE : TokenKind.NORMAL;
            tokens.add(new Token(id, piece, kind, 0f));
        });
        return new Entries(tokens, byteFallback, unk, prefix);
    }

    static Entries wordPiece(JsonNode model, String source) throws TokenizerFormatException {
        String unk = textOrNull(model.get("unk_token"));
        String prefix = model.has("continuing_subword_prefix") ? textOrEmpty(model.get("continuing_subword_prefix")) : "##";
        return new Entries(plainTokens(vocabObject(model, source), unk), false, unk, prefix);
    }

    static Entries wordLevel(JsonNode model, String source) throws TokenizerFormatException {
        String unk = textOrNull(model.get("unk_token"));
        return new Entries(plainTokens(vocabObject(model, source), unk), false, unk, "");
    }

    static Entries unigram(JsonNode model, String source) throws TokenizerFormatException {
        JsonNode vocab = model.get("vocab");
        if (vocab == null || !vocab.isArray()) {
            throw new TokenizerFormatException(Reason.INVALID_FIELD, source + ": model.vocab of a Unigram model must be an array of [piece, score]");
        }
        int unkId = model.hasNonNull("unk_id") ? model.get("unk_id").asInt(-1) : -1;
        if (model.hasNonNull("unk_id") && (!model.get("unk_id").canConvertToInt() || unkId < 0 || unkId >= vocab.size())) {
            throw new TokenizerFormatException(Reason.INVALID_FIELD, source + ": model.unk_id " + model.get("unk_id")
                    + " is outside [0, " + vocab.size() + ")");
        }
        boolean byteFallback = model.path("byte_fallback").asBoolean(false);
        List<Token> tokens = new ArrayList<>(vocab.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int id = 0; id < vocab.size(); id++) {
            JsonNode entry = vocab.get(id);
            if (!entry.isArray() || entry.size() != 2 || !entry.get(0).isTextual() || !entry.get(1).isNumber()) {
                throw new TokenizerFormatException(Reason.INVALID_FIELD, source + ": model.vocab[" + id
                        + "] must be [piece, score], found " + entry);
            }
            String piece = entry.get(0).asText();
            Integer previous = seen.putIfAbsent(piece, id);
            if (previous != null) {
                throw new TokenizerFormatException(Reason.DUPLICATE_PIECE, source + ": model.vocab[" + id + "] piece '"
                        + piece + "' duplicates model.vocab[" + previous + "]");
            }
            TokenKind kind = id == unkId ? TokenKind.UNKNOWN
                    : byteFallback && PieceText.byteValue(piece) >= 0 ? TokenKind.BYTE : TokenKind.NORMAL;
            tokens.add(new Token(id, piece, kind, (float) entry.get(1).asDouble()));
        }
        return new Entries(tokens, byteFallback, unkId >= 0 ? tokens.get(unkId).piece() : null, "");
    }

    private static List<Token> plainTokens(Map<String, Integer> vocab, String unk) {
        List<Token> tokens = new ArrayList<>(vocab.size());
        vocab.forEach((piece, id) -> tokens.add(new Token(id, piece, piece.equals(unk) ? TokenKind.UNKNOWN : TokenKind.NORMAL, 0f)));
        return tokens;
    }

    /// `model.vocab` as an object `{piece: id}`; ids must be distinct non-negative integers.
    private static Map<String, Integer> vocabObject(JsonNode model, String source) throws TokenizerFormatException {
        JsonNode vocab = model.get("vocab");
        if (vocab == null || !vocab.isObject()) {
            throw new TokenizerFormatException(Reason.INVALID_FIELD, source + ": model.vocab must be an object {piece: id}, found "
                    + (vocab == null ? "nothing" : vocab.getNodeType()));
        }
        Map<String, Integer> result = new java.util.LinkedHashMap<>();
        Map<Integer, String> byId = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : vocab.properties()) {
            JsonNode idNode = e.getValue();
            if (!idNode.canConvertToInt() || !idNode.isIntegralNumber() || idNode.asInt() < 0) {
                throw new TokenizerFormatException(Reason.INVALID_FIELD, source + ": model.vocab['" + e.getKey()
                        + "'] must be a non-negative integer id, found " + idNode);
            }
            String other = byId.putIfAbsent(idNode.asInt(), e.getKey());
            if (other != null) {
                throw new TokenizerFormatException(Reason.DUPLICATE_ID, source + ": model.vocab gives id " + idNode.asInt()
                        + " to both '" + other + "' and '" + e.getKey() + "'");
            }
            result.put(e.getKey(), idNode.asInt());
        }
        return result;
    }

    /// Merges in either encoding: legacy `"a b"` or `["a", "b"]`; both parts and the merged piece must
    /// be in the vocabulary, as the tokenizers library requires.
    private static void checkMerges(JsonNode merges, Map<String, Integer> vocab, String prefix, String source)
            throws TokenizerFormatException {
        if (merges == null || merges.isNull()) {
            return;
        }
        if (!merges.isArray()) {
            throw new TokenizerFormatException(Reason.INVALID_FIELD, source + ": model.merges must be an array");
        }
        Set<String> known = new HashSet<>(vocab.keySet());
        for (int i = 0; i < merges.size(); i++) {
            String[] pair = mergePair(merges.get(i), i, source);
            for (String part : pair) {
                if (!known.contains(part)) {
                    throw new TokenizerFormatException(Reason.MERGE_MISSING_PIECE, source + ": model.merges[" + i + "] "
                            + merges.get(i) + " names '" + part + "', which is not in model.vocab");
                }
            }
            String right = !prefix.isEmpty() && pair[1].startsWith(prefix) ? pair[1].substring(prefix.length()) : pair[1];
            if (!known.contains(pair[0] + right)) {
                throw new TokenizerFormatException(Reason.MERGE_MISSING_PIECE, source + ": model.merges[" + i + "] "
                        + merges.get(i) + " produces '" + pair[0] + right + "', which is not in model.vocab");
            }
        }
    }

    private static String[] mergePair(JsonNode merge, int index, String source) throws TokenizerFormatException {
        if (merge.isTextual()) {
            String[] parts = merge.asText().split(" ", -1);
            if (parts.length == 2) {
                return parts;
            }
        } else if (merge.isArray() && merge.size() == 2 && merge.get(0).isTextual() && merge.get(1).isTextual()) {
            return new String[] {merge.get(0).asText(), merge.get(1).asText()};
        }
        throw new TokenizerFormatException(Reason.INVALID_FIELD, source + ": model.merges[" + index
                + "] must be \"a b\" or [\"a\", \"b\"], found " + merge);
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String textOrEmpty(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText();
    }
}
