package org.vwb.vocab.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.internal.TokenizerJsonVocabularyReader;

/// An HF `tokenizer.json` held as an ordered JSON tree. Typed views cover only what editing needs
/// (model type, vocab, merges, added tokens, pipeline component kinds); every other node passes through
/// untouched, and the document is written back in the [JsonStyle] it was read in.
///
/// Immutable: edits return a new document.
public final class TokenizerJsonDocument {

    /// How `model.merges` spells a merge.
    public enum MergeEncoding {
        /// `"a b"` (tokenizers before 0.20, and every file converted from SentencePiece by older tools).
        LEGACY_STRING,
        /// `["a", "b"]` (tokenizers 0.20 and later; needed when pieces contain spaces).
        PAIR,
        /// The file has no merges (not BPE, or an empty list).
        NONE
    }

    /// One entry of `added_tokens`.
    ///
    /// @param id      the token id
    /// @param content the token text
    /// @param special whether it is flagged special
    public record AddedToken(int id, String content, boolean special) {
    }

    private final String source;
    private final ObjectNode root;
    private final Vocabulary vocabulary;
    private final JsonStyle style;
    private final byte[] original;

    private TokenizerJsonDocument(String source, ObjectNode root, Vocabulary vocabulary, JsonStyle style, byte[] original) {
        this.source = source;
        this.root = root;
        this.vocabulary = vocabulary;
        this.style = style;
        this.original = original;
    }

    /// Reads and validates `file` (known model type, unique pieces and ids, merges naming existing
    /// pieces, added tokens that do not collide), and detects its layout.
    ///
    /// @throws TokenizerFormatException naming the file and field when it is not a valid tokenizer.json
    public static TokenizerJsonDocument read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode tree = TokenizerJsonVocabularyReader.readTree(file);
        ObjectNode root = (ObjectNode) tree;
        Vocabulary v = TokenizerJsonVocabularyReader.toVocabulary(root, file.toString());
        return new TokenizerJsonDocument(file.toString(), root, v, detectStyle(root, bytes), bytes);
    }

    /// The style whose rendering of `root` reproduces `bytes`, trying the likeliest first; HF's pretty
    /// style when none does (the rewrite is then equal as JSON but not byte for byte).
    static JsonStyle detectStyle(JsonNode root, byte[] bytes) {
        List<JsonStyle> order = new ArrayList<>(List.of(JsonStyle.values()));
        if (bytes.length > 1 && bytes[0] == '{' && bytes[1] == '"') {
            order.remove(JsonStyle.HF_COMPACT);
            order.addFirst(JsonStyle.HF_COMPACT);
        }
        for (JsonStyle s : order) {
            if (Arrays.equals(JsonText.render(root, s), bytes)) {
                return s;
            }
        }
        return JsonStyle.HF_PRETTY;
    }

    /// The layout the document is written in.
    public JsonStyle style() {
        return style;
    }

    /// The document rendered in its [#style].
    public byte[] toBytes() {
        return JsonText.render(root, style);
    }

    /// Whether [#toBytes] reproduces the bytes this document was read from: true when the input was
    /// written in one of the [JsonStyle]s (every hub file checked so far), false for hand-made
    /// layouts, which are then rewritten in HF's style with the same JSON content.
    public boolean rewritesIdentically() {
        return original != null && Arrays.equals(original, toBytes());
    }

    /// Writes the document to `file` (not atomically; callers write into a temporary folder).
    public void write(Path file) throws IOException {
        Files.write(file, toBytes());
    }

    /// A deep copy of the tree, for callers that need a node this class has no view for.
    public ObjectNode tree() {
        return root.deepCopy();
    }

    /// The vocabulary (model vocab merged with added tokens).
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /// Where the document came from, for messages.
    public String source() {
        return source;
    }

    /// `model.type` ("BPE", "Unigram", "WordPiece", "WordLevel").
    public String modelType() {
        return root.path("model").path("type").asText(vocabulary.kind().name());
    }

    /// `model.byte_fallback`.
    public boolean byteFallback() {
        return root.path("model").path("byte_fallback").asBoolean(false);
    }

    /// `model.ignore_merges` (Llama 3: a pre-token that is a whole vocab entry skips merging).
    public boolean ignoreMerges() {
        return root.path("model").path("ignore_merges").asBoolean(false);
    }

    /// The merges in priority order (first merges first).
    public List<MergePair> merges() {
        JsonNode merges = root.path("model").path("merges");
        List<MergePair> out = new ArrayList<>(merges.size());
        for (JsonNode m : merges) {
            if (m.isTextual()) {
                String s = m.asText();
                int cut = s.indexOf(' ');
                out.add(new MergePair(s.substring(0, cut), s.substring(cut + 1)));
            } else {
                out.add(new MergePair(m.get(0).asText(), m.get(1).asText()));
            }
        }
        return out;
    }

    /// The encoding of `model.merges`, taken from its first entry.
    public MergeEncoding mergeEncoding() {
        JsonNode merges = root.path("model").path("merges");
        if (!merges.isArray() || merges.isEmpty()) {
            return MergeEncoding.NONE;
        }
        return merges.get(0).isTextual() ? MergeEncoding.LEGACY_STRING : MergeEncoding.PAIR;
    }

    /// The `added_tokens` entries in file order.
    public List<AddedToken> addedTokens() {
        List<AddedToken> out = new ArrayList<>();
        for (JsonNode t : root.path("added_tokens")) {
            out.add(new AddedToken(t.path("id").asInt(), t.path("content").asText(), t.path("special").asBoolean(false)));
        }
        return out;
    }

    /// The `type`s of the pre-tokenizer, flattened through `Sequence`s (empty when there is none).
    public List<String> preTokenizerKinds() {
        return kinds(root.get("pre_tokenizer"), "pretokenizers");
    }

    /// The `type`s of the decoder, flattened through `Sequence`s.
    public List<String> decoderKinds() {
        return kinds(root.get("decoder"), "decoders");
    }

    /// The `type`s of the normalizer, flattened through `Sequence`s.
    public List<String> normalizerKinds() {
        return kinds(root.get("normalizer"), "normalizers");
    }

    private static List<String> kinds(JsonNode node, String listField) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            JsonNode list = node.get(listField);
            if (list != null && list.isArray()) {
                list.forEach(child -> out.addAll(kinds(child, listField)));
            } else {
                out.add(node.path("type").asText());
            }
        }
        return out;
    }

    /// The tokenizers library gives added tokens that are not in `model.vocab` the ids after the model's
    /// vocabulary *size* when it loads a file, whatever ids the file says. Appending pieces after added
    /// tokens that sit above the model vocabulary (Qwen) would therefore move them. Putting those added
    /// tokens into `model.vocab` at their own ids (as Llama's `<s>` already is) closes the gap, and the
    /// library then takes their ids from the model.
    private void fillGapWithAddedTokens(ObjectNode vocab, List<AppendedPiece> pieces, String where)
            throws TokenizerFormatException {
        if (pieces.isEmpty()) {
            return;
        }
        int first = pieces.stream().mapToInt(AppendedPiece::id).min().orElseThrow();
        int modelMax = -1;
        for (JsonNode id : vocab) {
            modelMax = Math.max(modelMax, id.asInt());
        }
        java.util.Map<Integer, String> added = new java.util.HashMap<>();
        addedTokens().forEach(t -> added.put(t.id(), t.content()));
        for (int id = modelMax + 1; id < first; id++) {
            String content = added.get(id);
            if (content == null) {
                throw new TokenizerFormatException(Reason.INVALID_FIELD, where + ": id " + id + " is neither in model.vocab"
                        + " nor an added token; appending after such a hole would renumber the added tokens");
            }
            if (!vocab.has(content)) {
                vocab.put(content, id);
            }
        }
    }

    /// A new document with `pieces` added to `model.vocab` (after every existing entry) and `merges`
    /// appended to `model.merges` (after every existing merge, so below all of them in priority), in
    /// the merge encoding the file already uses. The result is validated like a file read from disk.
    ///
    /// @throws TokenizerFormatException when a piece or id exists already (in the vocab or the added
    ///     tokens) or a merge names a piece that is missing
    public TokenizerJsonDocument withAppended(List<AppendedPiece> pieces, List<MergePair> merges)
            throws TokenizerFormatException {
        Objects.requireNonNull(pieces, "pieces");
        Objects.requireNonNull(merges, "merges");
        if (!"BPE".equals(modelType())) {
            throw new TokenizerFormatException(Reason.UNKNOWN_MODEL_TYPE, source + ": model.type is '" + modelType()
                    + "'; appending pieces is supported for BPE only");
        }
        ObjectNode copy = root.deepCopy();
        ObjectNode model = (ObjectNode) copy.get("model");
        ObjectNode vocab = (ObjectNode) model.get("vocab");
        String where = source + " (edited)";
        fillGapWithAddedTokens(vocab, pieces, where);
        for (AppendedPiece p : pieces) {
            if (vocab.has(p.piece()) || vocabulary.idOf(p.piece()).isPresent()) {
                throw new TokenizerFormatException(Reason.DUPLICATE_PIECE, where + ": appended piece '" + p.piece()
                        + "' is already in model.vocab or added_tokens");
            }
            if (p.id() < vocabulary.size()) {
                throw new TokenizerFormatException(Reason.DUPLICATE_ID, where + ": appended piece '" + p.piece()
                        + "' asks for id " + p.id() + ", which is below the first free id " + vocabulary.size());
            }
            vocab.put(p.piece(), p.id());
        }
        JsonNode existing = model.get("merges");
        ArrayNode list = existing instanceof ArrayNode a ? a : model.putArray("merges");
        boolean pairs = mergeEncoding() == MergeEncoding.PAIR
                || merges.stream().anyMatch(m -> m.left().contains(" ") || m.right().contains(" "));
        if (pairs && mergeEncoding() == MergeEncoding.LEGACY_STRING) {
            throw new TokenizerFormatException(Reason.INVALID_FIELD, where + ": a merge part contains a space, which"
                    + " the file's legacy \"a b\" merge encoding cannot express");
        }
        for (MergePair m : merges) {
            if (pairs) {
                list.addArray().add(m.left()).add(m.right());
            } else {
                list.add(m.left() + " " + m.right());
            }
        }
        Vocabulary v = TokenizerJsonVocabularyReader.toVocabulary(copy, where);
        return new TokenizerJsonDocument(source, copy, v, style, null);
    }
}
