package org.vwb.vocab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/// A tokenizer's vocabulary: every entry with its id, kind and score, plus the decoded text of each
/// piece (markers and byte-level encodings undone), which is what script statistics need.
public interface Vocabulary {

    /// Reads a SentencePiece `tokenizer.model`.
    ///
    /// @throws TokenizerFormatException when the file is not a valid `ModelProto`
    static Vocabulary readSentencePiece(Path model) throws IOException {
        return org.vwb.vocab.internal.SentencePieceVocabularyReader.read(model);
    }

    /// Reads an HF `tokenizer.json` (model vocabulary plus `added_tokens`).
    ///
    /// @throws TokenizerFormatException when the file is not a tokenizer.json of a known model type
    static Vocabulary readTokenizerJson(Path json) throws IOException {
        return org.vwb.vocab.internal.TokenizerJsonVocabularyReader.read(json);
    }

    /// Reads either format, chosen by content: a file whose first non-blank byte is `{` is read as
    /// `tokenizer.json`, anything else as a SentencePiece model.
    ///
    /// @throws TokenizerFormatException when the file is neither
    static Vocabulary read(Path file) throws IOException {
        return org.vwb.vocab.internal.TokenizerFiles.looksLikeJson(file) ? readTokenizerJson(file) : readSentencePiece(file);
    }

    /// The tokenizer's shape.
    TokenizerKind kind();

    /// Number of ids (highest id + 1, counting added tokens).
    int size();

    /// Entries ordered by id. Ids may have holes only where the file has them.
    List<Token> tokens();

    /// The text a piece stands for: `▁` → space, byte-level characters → bytes → UTF-8, `##` dropped;
    /// byte pieces `<0xNN>` decode to the empty string when they are not a whole UTF-8 character.
    String decodedText(Token token);

    /// The id of the entry whose stored piece is `piece` (the lowest id if several), if any.
    default OptionalInt idOf(String piece) {
        for (Token t : tokens()) {
            if (t.piece().equals(piece)) {
                return OptionalInt.of(t.id());
            }
        }
        return OptionalInt.empty();
    }

    /// Whether the tokenizer falls back to byte pieces for unknown characters.
    boolean byteFallback();
}
