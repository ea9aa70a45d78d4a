package org.vwb.vocab.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.Vocabulary;

/// Reads an HF `tokenizer.json`: the model's vocabulary (BPE, Unigram, WordPiece, WordLevel) merged by
/// id with `added_tokens`.
public final class TokenizerJsonVocabularyReader {

    // Duplicate keys are an error: a vocab object with a key twice would silently lose an entry.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private TokenizerJsonVocabularyReader() {
    }

    /// Reads and validates `path`.
    public static Vocabulary read(Path path) throws IOException {
        String source = path.toString();
        return toVocabulary(readTree(path), source);
    }

    /// Parses `path` as JSON, mapping syntax errors and duplicate keys to [TokenizerFormatException].
    public static JsonNode readTree(Path path) throws IOException {
        String source = path.toString();
        try {
            JsonNode root = MAPPER.readTree(path.toFile());
            if (root == null || !root.isObject()) {
                throw new TokenizerFormatException(Reason.NOT_JSON, source
                        + ": expected a JSON object (tokenizer.json), found " + (root == null ? "nothing" : root.getNodeType()));
            }
            return root;
        } catch (MismatchedInputException e) {
            // With FAIL_ON_READING_DUP_TREE_KEY this is the duplicate-key case.
            String where = e.getProcessor() instanceof JsonParser p ? pathOf(p.getParsingContext()) : "?";
            Reason reason = where.endsWith("vocab") ? Reason.DUPLICATE_PIECE : Reason.NOT_JSON;
            throw new TokenizerFormatException(reason, source + ": duplicate key in " + where + ": "
                    + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new TokenizerFormatException(Reason.NOT_JSON, source + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() : ""), e);
        }
    }

    private static String pathOf(JsonStreamContext context) {
        java.util.ArrayDeque<String> names = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
            names.addFirst(c.inArray() ? "[" + c.getCurrentIndex() + "]" : String.valueOf(c.getCurrentName()));
        }
        return names.isEmpty() ? "the top-level object" : String.join(".", names);
    }

    /// Builds the vocabulary of an already parsed document.
    public static Vocabulary toVocabulary(JsonNode root, String source) throws TokenizerFormatException {
        JsonNode model = root.get("model");
        if (model == null || !model.isObject()) {
            throw new TokenizerFormatException(Reason.NOT_JSON, source + ": field 'model' is missing or not an object");
        }
        String type = HfModelVocab.modelType(model, source);
        HfModelVocab.Entries entries = switch (type) {
            case "BPE" -> HfModelVocab.bpe(model, source);
            case "Unigram" -> HfModelVocab.unigram(model, source);
            case "WordPiece" -> HfModelVocab.wordPiece(model, source);
            case "WordLevel" -> HfModelVocab.wordLevel(model, source);
            default -> throw new TokenizerFormatException(Reason.UNKNOWN_MODEL_TYPE, source + ": model.type '" + type
                    + "' is not supported; expected BPE, Unigram, WordPiece or WordLevel");
        };
        List<Token> tokens = AddedTokens.merge(entries.tokens(), root.get("added_tokens"), entries.unkToken(), source);
        TokenizerKind kind = switch (type) {
            case "BPE" -> isByteLevel(root) ? TokenizerKind.HF_BYTE_LEVEL_BPE : TokenizerKind.HF_BPE;
            case "Unigram" -> TokenizerKind.HF_UNIGRAM;
            case "WordPiece" -> TokenizerKind.HF_WORDPIECE;
            default -> TokenizerKind.HF_WORDLEVEL;
        };
        DefaultVocabulary.Decoding decoding = switch (kind) {
            case HF_BYTE_LEVEL_BPE -> DefaultVocabulary.Decoding.BYTE_LEVEL;
            case HF_WORDPIECE -> DefaultVocabulary.Decoding.WORDPIECE;
            case HF_WORDLEVEL -> DefaultVocabulary.Decoding.PLAIN;
            default -> DefaultVocabulary.Decoding.METASPACE;
        };
        return new DefaultVocabulary(kind, tokens, entries.byteFallback(), decoding, entries.continuingPrefix());
    }

    /// Byte-level BPE (GPT-2 alphabet) is recognised by a `ByteLevel` pre-tokenizer or decoder, alone or
    /// inside a `Sequence`; Metaspace/Replace pipelines and byte fallback are the SentencePiece style.
    static boolean isByteLevel(JsonNode root) {
        return hasComponent(root.get("pre_tokenizer"), "pretokenizers", "ByteLevel")
                || hasComponent(root.get("decoder"), "decoders", "ByteLevel");
    }

    private static boolean hasComponent(JsonNode node, String listField, String type) {
        if (node == null || !node.isObject()) {
            return false;
        }
        if (type.equals(node.path("type").asText())) {
            return true;
        }
        JsonNode list = node.get(listField);
        if (list != null && list.isArray()) {
            for (JsonNode child : list) {
                if (hasComponent(child, listField, type)) {
                    return true;
                }
            }
        }
        return false;
    }
}
