package org.vwb.vocab;

import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto.SentencePiece;
import org.vwb.vocab.spm.proto.SentencePieceModel.NormalizerSpec;
import org.vwb.vocab.spm.proto.SentencePieceModel.TrainerSpec;

/// A tiny Llama-2-shaped SentencePiece BPE model built in code: `<unk> <s> </s>`, 256 byte pieces, then
/// a few merged pieces and the characters they are made of.
public final class SpmFixtures {
    public static final String[] PIECES = {"▁h", "el", "▁hel", "lo", "▁hello", "▁w", "or", "ld", "▁wor", "▁world",
        "▁", "h", "e", "l", "o", "w", "r", "d", "中"};

    private SpmFixtures() {
    }

    public static ModelProto.Builder tinyBpe() {
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

    public static SentencePiece piece(String text, float score, SentencePiece.Type type) {
        return SentencePiece.newBuilder().setPiece(text).setScore(score).setType(type).build();
    }

    /// The `tokenizer.json` that transformers' converter would make from `model` (Llama 2's layout:
    /// Prepend/Replace normalizer, BPE with byte fallback, merges = every split of a normal piece into two
    /// normal pieces, in the merged piece's score order).
    public static String tokenizerJson(ModelProto model) {
        java.util.Map<String, Integer> normal = new java.util.HashMap<>();
        StringBuilder vocab = new StringBuilder();
        for (int id = 0; id < model.getPiecesCount(); id++) {
            SentencePiece p = model.getPieces(id);
            vocab.append(id == 0 ? "" : ",").append(quote(p.getPiece())).append(":").append(id);
            if (p.getType() == SentencePiece.Type.NORMAL) {
                normal.put(p.getPiece(), id);
            }
        }
        java.util.List<Integer> order = new java.util.ArrayList<>(normal.values());
        order.sort((a, b) -> Float.compare(model.getPieces(b).getScore(), model.getPieces(a).getScore()));
        StringBuilder merges = new StringBuilder();
        for (int id : order) {
            String s = model.getPieces(id).getPiece();
            for (int cut = s.offsetByCodePoints(0, 1); cut < s.length(); cut = s.offsetByCodePoints(cut, 1)) {
                if (normal.containsKey(s.substring(0, cut)) && normal.containsKey(s.substring(cut))) {
                    merges.append(merges.isEmpty() ? "" : ",").append(quote(s.substring(0, cut) + " " + s.substring(cut)));
                }
            }
        }
        return """
                {"version":"1.0","truncation":null,"padding":null,"added_tokens":[\
                {"id":0,"content":"<unk>","single_word":false,"lstrip":false,"rstrip":false,"normalized":false,"special":true},\
                {"id":1,"content":"<s>","single_word":false,"lstrip":false,"rstrip":false,"normalized":false,"special":true},\
                {"id":2,"content":"</s>","single_word":false,"lstrip":false,"rstrip":false,"normalized":false,"special":true}],\
                "normalizer":{"type":"Sequence","normalizers":[{"type":"Prepend","prepend":"▁"},\
                {"type":"Replace","pattern":{"String":" "},"content":"▁"}]},"pre_tokenizer":null,"post_processor":null,\
                "decoder":{"type":"Sequence","decoders":[{"type":"Replace","pattern":{"String":"▁"},"content":" "},\
                {"type":"ByteFallback"},{"type":"Fuse"},{"type":"Strip","content":" ","start":1,"stop":0}]},\
                "model":{"type":"BPE","dropout":null,"unk_token":"<unk>","continuing_subword_prefix":null,\
                "end_of_word_suffix":null,"fuse_unk":true,"byte_fallback":true,"ignore_merges":false,\
                "vocab":{%s},"merges":[%s]}}""".formatted(vocab, merges);
    }

    /// Writes `model` as `tokenizer.model` and its converted `tokenizer.json` into `dir`.
    public static void writeFolder(ModelProto model, java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve("tokenizer.model"), model.toByteArray());
        java.nio.file.Files.writeString(dir.resolve("tokenizer.json"), tokenizerJson(model));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
