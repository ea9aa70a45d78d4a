package org.vwb.embedinit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// The new tokens of an expanded tokenizer, checked to be a true extension of the base: every base id
/// keeps its piece, and the new ids follow the old ones without holes.
public final class TargetTokens {

    /// The id-mapping file `vwb tokenizer merge` writes beside the expanded tokenizer.
    public static final String ID_MAPPING = "vwb-id-mapping.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TargetTokens() {
    }

    /// The new tokens from `mapping` (`vwb.id-mapping/1`), checked against both tokenizers.
    ///
    /// @throws InitInputException ([InitInputException.Reason#NOT_AN_EXTENSION]) for ids with holes or out
    ///     of order, sizes that disagree with the tokenizers, or a base piece the target changed;
    ///     ([InitInputException.Reason#BAD_FILE]) for a file that is not an id mapping
    public static List<NewToken> fromMapping(Path mapping, TokenizerView base, TokenizerView target)
            throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(mapping));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InitInputException(InitInputException.Reason.BAD_FILE, mapping + ": not JSON ("
                    + e.getOriginalMessage() + ")");
        }
        if (root == null || !"vwb.id-mapping/1".equals(root.path("format").asText())) {
            throw new InitInputException(InitInputException.Reason.BAD_FILE, mapping
                    + ": field format: expected \"vwb.id-mapping/1\", found " + (root == null ? "nothing" : root.path("format")));
        }
        int oldSize = root.path("oldSize").asInt(-1);
        int newSize = root.path("newSize").asInt(-1);
        checkSizes(mapping, oldSize, newSize, base, target);
        List<NewToken> out = new ArrayList<>();
        int expected = oldSize;
        for (JsonNode e : root.path("newTokens")) {
            int id = e.path("id").asInt(-1);
            if (id != expected) {
                throw notExtension(mapping + ": newTokens[" + out.size() + "].id: expected " + expected
                        + " (ids must follow the base without holes), found " + id);
            }
            String piece = e.path("piece").asText();
            if (!piece.equals(target.piece(id))) {
                throw notExtension(mapping + ": newTokens[" + out.size() + "].piece '" + piece
                        + "' differs from the tokenizer's piece '" + target.piece(id) + "' at id " + id);
            }
            List<Integer> ids = new ArrayList<>();
            e.path("baseIds").forEach(n -> ids.add(n.asInt()));
            out.add(new NewToken(id, piece, e.path("text").asText(), ids.stream().mapToInt(Integer::intValue).toArray()));
            expected++;
        }
        if (expected != newSize) {
            throw notExtension(mapping + ": newTokens lists ids " + oldSize + ".." + (expected - 1)
                    + " but newSize is " + newSize);
        }
        return out;
    }

    /// The new tokens when there is no mapping file: every target id at or beyond the base's size, each
    /// decomposed by the base tokenizer.
    ///
    /// @throws InitInputException when the target does not extend the base
    public static List<NewToken> derive(TokenizerView base, TokenizerView target) throws InitInputException {
        checkSizes(null, base.size(), target.size(), base, target);
        List<NewToken> out = new ArrayList<>();
        for (int id = base.size(); id < target.size(); id++) {
            String text = target.text(id);
            out.add(new NewToken(id, target.piece(id), text, text.isEmpty() ? new int[0] : base.encode(text)));
        }
        return out;
    }

    private static void checkSizes(Path mapping, int oldSize, int newSize, TokenizerView base, TokenizerView target)
            throws InitInputException {
        String where = mapping == null ? "target tokenizer" : mapping.toString();
        if (oldSize != base.size()) {
            throw notExtension(where + ": expected the base's " + base.size() + " ids before the new ones, found "
                    + oldSize);
        }
        if (newSize != target.size() || newSize < oldSize) {
            throw notExtension(where + ": the expanded tokenizer has " + target.size() + " ids, the mapping says "
                    + newSize);
        }
        for (int id = 0; id < oldSize; id++) {
            if (!base.piece(id).equals(target.piece(id))) {
                throw notExtension("the target tokenizer does not extend the base: id " + id + " is '"
                        + target.piece(id) + "' in the target but '" + base.piece(id) + "' in the base");
            }
        }
    }

    private static InitInputException notExtension(String message) {
        return new InitInputException(InitInputException.Reason.NOT_AN_EXTENSION, message);
    }
}
