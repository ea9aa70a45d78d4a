package org.vwb.vocab;

import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto.SentencePiece;
import org.vwb.vocab.spm.proto.SentencePieceModel.NormalizerSpec;
import org.vwb.vocab.spm.proto.SentencePieceModel.TrainerSpec;

/// A tiny Llama-2-shaped SentencePiece BPE model built in code: `<unk> <s> </s>`, 256 byte pieces, then
/// a few merged pieces and the characters they are made of.
final class SpmFixtures {
    static final String[] PIECES = {"▁h", "el", "▁hel", "lo", "▁hello", "▁w", "or", "ld", "▁wor", "▁world",
        "▁", "h", "e", "l", "o", "w", "r", "d", "中"};

    private SpmFixtures() {
    }

    static ModelProto.Builder tinyBpe() {
        ModelProto.Builder m = ModelProto.newBuilder();
        m.addPieces(piece("<unk>", 0, SentencePiece.Type.UNKNOWN));
        m.addPieces(piece("<s>", 0, SentencePiece.Type.CONTROL));
        m.addPieces(piece("</s>", 0, SentencePiece.Type.CONTROL));
        for (int b = 0; b < 256; b++) {
            m.addPieces(piece(String.format("<0x%02X>", b), 0, SentencePiece.Type.BYTE));
        }
        for (int i = 0; i < PIECES.length; i++) {
            m.addPieces(piece(PIECES[i], -i, SentencePiece.Type.NORMAL));
        }
        m.setTrainerSpec(TrainerSpec.newBuilder().setModelType(TrainerSpec.ModelType.BPE)
                .setVocabSize(m.getPiecesCount()).setByteFallback(true).setUnkId(0).setBosId(1).setEosId(2).setPadId(-1));
        m.setNormalizerSpec(NormalizerSpec.newBuilder().setName("identity").setAddDummyPrefix(true)
                .setRemoveExtraWhitespaces(false).setEscapeWhitespaces(true));
        return m;
    }

    static SentencePiece piece(String text, float score, SentencePiece.Type type) {
        return SentencePiece.newBuilder().setPiece(text).setScore(score).setType(type).build();
    }
}
