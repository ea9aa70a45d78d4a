package org.vwb.vocab.mine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto.SentencePiece;
import org.vwb.vocab.spm.proto.SentencePieceModel.NormalizerSpec;
import org.vwb.vocab.spm.proto.SentencePieceModel.TrainerSpec;

/// A tiny Llama-2-shaped SentencePiece BPE model (byte fallback) with a few CJK characters, written
/// where a test wants it; `鬱` is deliberately missing, so the base covers it by byte fallback only.
public final class MiningFixtures {
    /// The ordinary pieces after `<unk> <s> </s>` and the 256 byte pieces, highest priority first.
    public static final String[] PIECES = {"▁a", "▁字", "▁字本", "▁", "中", "文", "字", "本", "a", "b", "c"};

    private MiningFixtures() {
    }

    /// Writes the model as `dir/tokenizer.model`.
    public static Path model(Path dir) throws IOException {
        ModelProto.Builder m = ModelProto.newBuilder();
        m.addPieces(piece("<unk>", SentencePiece.Type.UNKNOWN, 0));
        m.addPieces(piece("<s>", SentencePiece.Type.CONTROL, 0));
        m.addPieces(piece("</s>", SentencePiece.Type.CONTROL, 0));
        for (int b = 0; b < 256; b++) {
            m.addPieces(piece(String.format("<0x%02X>", b), SentencePiece.Type.BYTE, 0));
        }
        for (int i = 0; i < PIECES.length; i++) {
            m.addPieces(piece(PIECES[i], SentencePiece.Type.NORMAL, -i));
        }
        m.setTrainerSpec(TrainerSpec.newBuilder().setModelType(TrainerSpec.ModelType.BPE)
                .setVocabSize(m.getPiecesCount()).setByteFallback(true).setUnkId(0).setBosId(1).setEosId(2).setPadId(-1));
        m.setNormalizerSpec(NormalizerSpec.newBuilder().setName("identity").setAddDummyPrefix(true)
                .setRemoveExtraWhitespaces(false).setEscapeWhitespaces(true));
        Files.createDirectories(dir);
        Path p = dir.resolve("tokenizer.model");
        Files.write(p, m.build().toByteArray());
        return p;
    }

    /// Writes `lines` (each followed by a newline) to `file`.
    public static Path corpus(Path file, String... lines) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    /// `line` repeated `times` times.
    public static String[] repeat(String line, int times) {
        String[] out = new String[times];
        java.util.Arrays.fill(out, line);
        return out;
    }

    /// The concatenation of arrays.
    public static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    private static SentencePiece piece(String text, SentencePiece.Type type, float score) {
        return SentencePiece.newBuilder().setPiece(text).setType(type).setScore(score).build();
    }
}
