package org.vwb.vocab.internal;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto;
import org.vwb.vocab.spm.proto.SentencePieceModel.TrainerSpec;

/// Reads a SentencePiece `tokenizer.model` (a protobuf `ModelProto`): a piece's id is its index.
public final class SentencePieceVocabularyReader {
    private SentencePieceVocabularyReader() {
    }

    /// Reads and validates `path`.
    public static Vocabulary read(Path path) throws IOException {
        return toVocabulary(parse(path), path.toString());
    }

    /// Parses `path` as a `ModelProto`, rejecting bytes that are not one.
    public static ModelProto parse(Path path) throws IOException {
        return parse(Files.readAllBytes(path), path.toString());
    }

    /// Parses `bytes` (named `source` in messages) as a `ModelProto`.
    public static ModelProto parse(byte[] bytes, String source) throws TokenizerFormatException {
        ModelProto model;
        try {
            model = ModelProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new TokenizerFormatException(Reason.NOT_A_MODEL_PROTO, source
                    + ": not a SentencePiece model (ModelProto): " + e.getMessage() + " (" + bytes.length
                    + " bytes; truncated or not a .model file?)", e);
        }
        // Protobuf accepts many byte strings as a message made only of unknown fields; a model has pieces.
        if (model.getPiecesCount() == 0) {
            throw new TokenizerFormatException(Reason.NOT_A_MODEL_PROTO, source
                    + ": not a SentencePiece model: field 'pieces' (1) is empty, expected at least one piece");
        }
        return model;
    }

    /// Validates `model` and builds the vocabulary.
    public static Vocabulary toVocabulary(ModelProto model, String source) throws TokenizerFormatException {
        TokenizerKind kind = kindOf(model.getTrainerSpec(), source);
        List<Token> tokens = new ArrayList<>(model.getPiecesCount());
        Map<String, Integer> seen = new HashMap<>();
        for (int id = 0; id < model.getPiecesCount(); id++) {
            ModelProto.SentencePiece p = model.getPieces(id);
            if (p.getPiece().isEmpty()) {
                throw new TokenizerFormatException(Reason.INVALID_FIELD, source + ": pieces[" + id
                        + "].piece is empty; SentencePiece requires a non-empty piece");
            }
            Integer previous = seen.putIfAbsent(p.getPiece(), id);
            if (previous != null) {
                throw new TokenizerFormatException(Reason.DUPLICATE_PIECE, source + ": pieces[" + id + "].piece '"
                        + p.getPiece() + "' duplicates pieces[" + previous + "]");
            }
            tokens.add(new Token(id, p.getPiece(), kindOf(p.getType()), p.getScore()));
        }
        int unk = model.getTrainerSpec().getUnkId();
        if (unk < 0 || unk >= tokens.size()) {
            throw new TokenizerFormatException(Reason.INVALID_FIELD, source + ": trainer_spec.unk_id " + unk
                    + " is outside [0, " + tokens.size() + ")");
        }
        return new DefaultVocabulary(kind, tokens, model.getTrainerSpec().getByteFallback(),
                DefaultVocabulary.Decoding.METASPACE, "");
    }

    private static TokenizerKind kindOf(TrainerSpec spec, String source) throws TokenizerFormatException {
        return switch (spec.getModelType()) {
            case BPE -> TokenizerKind.SENTENCEPIECE_BPE;
            case UNIGRAM -> TokenizerKind.SENTENCEPIECE_UNIGRAM;
            default -> throw new TokenizerFormatException(Reason.UNKNOWN_MODEL_TYPE, source
                    + ": trainer_spec.model_type is " + spec.getModelType() + ", expected BPE or UNIGRAM");
        };
    }

    private static TokenKind kindOf(ModelProto.SentencePiece.Type type) {
        return switch (type) {
            case NORMAL -> TokenKind.NORMAL;
            case UNKNOWN -> TokenKind.UNKNOWN;
            case CONTROL -> TokenKind.CONTROL;
            case USER_DEFINED -> TokenKind.USER_DEFINED;
            case UNUSED -> TokenKind.UNUSED;
            case BYTE -> TokenKind.BYTE;
        };
    }
}
