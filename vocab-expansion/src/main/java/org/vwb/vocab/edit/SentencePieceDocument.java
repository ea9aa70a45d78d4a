package org.vwb.vocab.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.internal.SentencePieceVocabularyReader;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto.SentencePiece;

/// A SentencePiece `tokenizer.model` held as its parsed `ModelProto`: pieces with score and type, the
/// trainer and normalizer specs, and every field this tool does not know (protobuf keeps unknown
/// fields), so writing an untouched document gives back the input's bytes.
///
/// Immutable: edits return a new document.
public final class SentencePieceDocument {
    private final String source;
    private final ModelProto proto;
    private final Vocabulary vocabulary;
    private final byte[] original;

    private SentencePieceDocument(String source, ModelProto proto, Vocabulary vocabulary, byte[] original) {
        this.source = source;
        this.proto = proto;
        this.vocabulary = vocabulary;
        this.original = original;
    }

    /// Reads and validates `file` (a `ModelProto` with unique, non-empty pieces and a BPE or unigram type).
    ///
    /// @throws TokenizerFormatException naming the file and field when it is not a valid model
    public static SentencePieceDocument read(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    /// Parses `bytes`, named `source` in messages.
    ///
    /// @throws TokenizerFormatException when the bytes are not a valid model
    public static SentencePieceDocument parse(byte[] bytes, String source) throws TokenizerFormatException {
        ModelProto proto = SentencePieceVocabularyReader.parse(bytes, source);
        return new SentencePieceDocument(source, proto, SentencePieceVocabularyReader.toVocabulary(proto, source),
                bytes.clone());
    }

    /// The parsed message (immutable).
    public ModelProto proto() {
        return proto;
    }

    /// The vocabulary (ids, pieces, kinds, scores).
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /// Where the document came from, for messages.
    public String source() {
        return source;
    }

    /// The serialised model. For a document read from a file and not edited, protobuf's canonical
    /// encoding; [#rewritesIdentically] says whether that equals the input's bytes.
    public byte[] toBytes() {
        return proto.toByteArray();
    }

    /// Whether [#toBytes] reproduces the bytes this document was read from (true for files written by
    /// SentencePiece or protobuf, which write fields in number order).
    public boolean rewritesIdentically() {
        return original != null && Arrays.equals(original, toBytes());
    }

    /// Writes the model to `file` (not atomically; callers write into a temporary folder).
    public void write(Path file) throws IOException {
        Files.write(file, toBytes());
    }

    /// The lowest score of a normal piece; for BPE the last merge. `NaN` when there is no normal piece.
    public float lowestNormalScore() {
        float min = Float.NaN;
        for (SentencePiece p : proto.getPiecesList()) {
            if (p.getType() == SentencePiece.Type.NORMAL && (Float.isNaN(min) || p.getScore() < min)) {
                min = p.getScore();
            }
        }
        return min;
    }

    /// A new document with `pieces` appended as normal pieces; the trainer and normalizer specs and
    /// every existing piece stay as they are.
    ///
    /// @throws TokenizerFormatException when an id is not the next one or a piece already exists
    public SentencePieceDocument withAppended(List<AppendedPiece> pieces) throws TokenizerFormatException {
        Objects.requireNonNull(pieces, "pieces");
        ModelProto.Builder b = proto.toBuilder();
        for (AppendedPiece p : pieces) {
            if (p.id() != b.getPiecesCount()) {
                throw new TokenizerFormatException(Reason.DUPLICATE_ID, source + ": appended piece '" + p.piece()
                        + "' asks for id " + p.id() + ", but the next free id is " + b.getPiecesCount());
            }
            b.addPieces(SentencePiece.newBuilder().setPiece(p.piece()).setScore(p.score())
                    .setType(SentencePiece.Type.NORMAL));
        }
        ModelProto edited = b.build();
        // The reader's checks (duplicate pieces, empty pieces) apply to edits as they do to files.
        Vocabulary v = SentencePieceVocabularyReader.toVocabulary(edited, source + " (edited)");
        return new SentencePieceDocument(source, edited, v, null);
    }

    /// Whether `id` is a byte-fallback, control or unknown piece (never produced by merging).
    public boolean isSpecialOrByte(int id) {
        TokenKind k = vocabulary.tokens().get(id).kind();
        return k != TokenKind.NORMAL && k != TokenKind.USER_DEFINED;
    }
}
