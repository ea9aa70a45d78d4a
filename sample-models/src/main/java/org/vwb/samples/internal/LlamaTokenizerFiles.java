package org.vwb.samples.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto.SentencePiece;
import org.vwb.vocab.spm.proto.SentencePieceModel.NormalizerSpec;
import org.vwb.vocab.spm.proto.SentencePieceModel.TrainerSpec;

/// Writes a [SyntheticTokenizer] the two ways Llama 2 ships it: SentencePiece `tokenizer.model` and the
/// Hugging Face `tokenizer.json` that transformers' SentencePiece converter would make from it, plus
/// `tokenizer_config.json` and `special_tokens_map.json`.
public final class LlamaTokenizerFiles {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private LlamaTokenizerFiles() {
    }

    /// Writes all four files into `dir`.
    public static void writeAll(SyntheticTokenizer tok, Path dir) throws IOException {
        Files.write(dir.resolve("tokenizer.model"), sentencePiece(tok).toByteArray());
        JSON.writeValue(dir.resolve("tokenizer.json").toFile(), tokenizerJson(tok));
        JSON.writeValue(dir.resolve("tokenizer_config.json").toFile(), tokenizerConfig());
        ObjectNode map = F.objectNode().put("bos_token", "<s>").put("eos_token", "</s>").put("unk_token", "<unk>");
        JSON.writeValue(dir.resolve("special_tokens_map.json").toFile(), map);
    }

    /// The SentencePiece model: BPE with byte fallback, identity normalization, a dummy prefix, and
    /// whitespace kept as is (Llama 2's settings).
    public static ModelProto sentencePiece(SyntheticTokenizer tok) {
        ModelProto.Builder m = ModelProto.newBuilder();
        m.addPieces(piece("<unk>", 0, SentencePiece.Type.UNKNOWN));
        m.addPieces(piece("<s>", 0, SentencePiece.Type.CONTROL));
        m.addPieces(piece("</s>", 0, SentencePiece.Type.CONTROL));
        for (int b = 0; b < 256; b++) {
            m.addPieces(piece(bytePiece(b), 0, SentencePiece.Type.BYTE));
        }
        for (int i = 0; i < tok.pieces().size(); i++) {
            m.addPieces(piece(tok.pieces().get(i), SyntheticTokenizer.score(i), SentencePiece.Type.NORMAL));
        }
        m.setTrainerSpec(TrainerSpec.newBuilder()
                .addInput("vwb synthetic corpus (org/vwb/samples/corpus.txt); SYNTHETIC tokenizer for tests")
                .setModelPrefix("vwb-synthetic")
                .setModelType(TrainerSpec.ModelType.BPE).setVocabSize(tok.vocabSize())
                .setCharacterCoverage(1.0f).setSplitDigits(true).setByteFallback(true)
                .setMaxSentencepieceLength(BpeTrainer.MAX_PIECE_LENGTH)
                .setUnkId(0).setBosId(1).setEosId(2).setPadId(-1));
        m.setNormalizerSpec(NormalizerSpec.newBuilder().setName("identity").setAddDummyPrefix(true)
                .setRemoveExtraWhitespaces(false).setEscapeWhitespaces(true));
        return m.build();
    }

    static String bytePiece(int b) {
        return String.format("<0x%02X>", b);
    }

    private static SentencePiece piece(String text, float score, SentencePiece.Type type) {
        return SentencePiece.newBuilder().setPiece(text).setScore(score).setType(type).build();
    }

    /// All pieces in id order.
    static List<String> allPieces(SyntheticTokenizer tok) {
        List<String> all = new ArrayList<>(SyntheticTokenizer.SPECIALS);
        for (int b = 0; b < 256; b++) {
            all.add(bytePiece(b));
        }
        all.addAll(tok.pieces());
        return all;
    }

    /// Merges as the HF SentencePiece converter derives them: every split of a normal piece into two
    /// normal pieces, ordered by the merged piece's score (highest first), then by the parts' ids.
    static List<String[]> merges(SyntheticTokenizer tok) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < tok.pieces().size(); i++) {
            ids.put(tok.pieces().get(i), i);
        }
        List<String[]> merges = new ArrayList<>();
        for (String piece : tok.pieces()) { // already in score order
            List<int[]> local = new ArrayList<>();
            for (int cut = piece.offsetByCodePoints(0, 1); cut < piece.length(); cut = piece.offsetByCodePoints(cut, 1)) {
                Integer l = ids.get(piece.substring(0, cut));
                Integer r = ids.get(piece.substring(cut));
                if (l != null && r != null) {
                    local.add(new int[] {l, r});
                }
            }
            local.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            for (int[] lr : local) {
                merges.add(new String[] {tok.pieces().get(lr[0]), tok.pieces().get(lr[1])});
            }
        }
        return merges;
    }

    /// The HF document: BPE with byte fallback, `Prepend ▁` + `Replace " " → ▁` normalizer, no
    /// pre-tokenizer, `<s>` added by the post-processor, and the matching decoder (Llama 2's layout).
    public static ObjectNode tokenizerJson(SyntheticTokenizer tok) {
        ObjectNode root = F.objectNode().put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        ArrayNode added = root.putArray("added_tokens");
        for (int i = 0; i < 3; i++) {
            added.addObject().put("id", i).put("content", SyntheticTokenizer.SPECIALS.get(i)).put("single_word", false)
                    .put("lstrip", false).put("rstrip", false).put("normalized", false).put("special", true);
        }
        ObjectNode normalizer = root.putObject("normalizer").put("type", "Sequence");
        ArrayNode norms = normalizer.putArray("normalizers");
        norms.addObject().put("type", "Prepend").put("prepend", "\u2581");
        ObjectNode replace = norms.addObject().put("type", "Replace");
        replace.putObject("pattern").put("String", " ");
        replace.put("content", "\u2581");
        root.putNull("pre_tokenizer");
        root.set("post_processor", postProcessor());
        root.set("decoder", decoder());
        root.set("model", model(tok));
        return root;
    }

    private static ObjectNode postProcessor() {
        ObjectNode pp = F.objectNode().put("type", "TemplateProcessing");
        ArrayNode single = pp.putArray("single");
        single.addObject().putObject("SpecialToken").put("id", "<s>").put("type_id", 0);
        single.addObject().putObject("Sequence").put("id", "A").put("type_id", 0);
        ArrayNode pair = pp.putArray("pair");
        pair.addObject().putObject("SpecialToken").put("id", "<s>").put("type_id", 0);
        pair.addObject().putObject("Sequence").put("id", "A").put("type_id", 0);
        pair.addObject().putObject("SpecialToken").put("id", "<s>").put("type_id", 1);
        pair.addObject().putObject("Sequence").put("id", "B").put("type_id", 1);
        ObjectNode bos = pp.putObject("special_tokens").putObject("<s>").put("id", "<s>");
        bos.putArray("ids").add(1);
        bos.putArray("tokens").add("<s>");
        return pp;
    }

    private static ObjectNode decoder() {
        ObjectNode d = F.objectNode().put("type", "Sequence");
        ArrayNode list = d.putArray("decoders");
        ObjectNode replace = list.addObject().put("type", "Replace");
        replace.putObject("pattern").put("String", "\u2581");
        replace.put("content", " ");
        list.addObject().put("type", "ByteFallback");
        list.addObject().put("type", "Fuse");
        list.addObject().put("type", "Strip").put("content", " ").put("start", 1).put("stop", 0);
        return d;
    }

    private static ObjectNode model(SyntheticTokenizer tok) {
        ObjectNode model = F.objectNode().put("type", "BPE");
        model.putNull("dropout");
        model.put("unk_token", "<unk>");
        model.putNull("continuing_subword_prefix");
        model.putNull("end_of_word_suffix");
        model.put("fuse_unk", true).put("byte_fallback", true).put("ignore_merges", false);
        ObjectNode vocab = model.putObject("vocab");
        List<String> all = allPieces(tok);
        for (int id = 0; id < all.size(); id++) {
            vocab.put(all.get(id), id);
        }
        ArrayNode merges = model.putArray("merges");
        for (String[] m : merges(tok)) {
            merges.add(m[0] + " " + m[1]);
        }
        return model;
    }

    private static ObjectNode tokenizerConfig() {
        ObjectNode c = F.objectNode();
        c.put("add_bos_token", true).put("add_eos_token", false);
        c.put("bos_token", "<s>").put("eos_token", "</s>").put("unk_token", "<unk>");
        c.putNull("pad_token");
        c.put("clean_up_tokenization_spaces", false).put("legacy", true);
        c.put("model_max_length", 2048).put("tokenizer_class", "LlamaTokenizer");
        c.putObject("sp_model_kwargs");
        c.put("_vwb_synthetic", true);
        return c;
    }
}
