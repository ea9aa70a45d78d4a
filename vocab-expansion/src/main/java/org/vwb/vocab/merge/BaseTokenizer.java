package org.vwb.vocab.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.TokenizerFormatException.Reason;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.edit.MergePair;
import org.vwb.vocab.edit.SentencePieceDocument;
import org.vwb.vocab.edit.TokenizerJsonDocument;
import org.vwb.vocab.internal.ByteLevelAlphabet;

/// The tokenizer files of a base folder: `tokenizer.model` and/or `tokenizer.json`. When both are
/// present the SentencePiece model decides segmentation (it is what the json was converted from) and
/// the two must have the same pieces at the same ids.
record BaseTokenizer(Path dir, SentencePieceDocument model, TokenizerJsonDocument json) {

    static final String MODEL = "tokenizer.model";
    static final String JSON = "tokenizer.json";

    static BaseTokenizer open(Path dir) throws IOException {
        Path m = dir.resolve(MODEL);
        Path j = dir.resolve(JSON);
        SentencePieceDocument model = Files.isRegularFile(m) ? SentencePieceDocument.read(m) : null;
        TokenizerJsonDocument json = Files.isRegularFile(j) ? TokenizerJsonDocument.read(j) : null;
        if (model == null && json == null) {
            throw new NoSuchFileException(dir.toString(), null, "no tokenizer.model or tokenizer.json in the base folder");
        }
        BaseTokenizer base = new BaseTokenizer(dir, model, json);
        base.checkSupported();
        if (model != null && json != null) {
            base.checkSameIds();
        }
        return base;
    }

    /// The vocabulary that decides ids and segmentation.
    Vocabulary vocabulary() {
        return model != null ? model.vocabulary() : json.vocabulary();
    }

    /// First id after every existing id (model vocab and added tokens alike).
    int nextId() {
        int n = vocabulary().size();
        return json != null ? Math.max(n, json.vocabulary().size()) : n;
    }

    boolean byteLevel() {
        return model == null && json.vocabulary().kind() == TokenizerKind.HF_BYTE_LEVEL_BPE;
    }

    /// The piece as this tokenizer spells `text`.
    String spell(String text) {
        if (!byteLevel()) {
            return text.replace(' ', '\u2581');
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            sb.append(ByteLevelAlphabet.charOf(b));
        }
        return sb.toString();
    }

    /// Whether `piece` spells whole characters (always, except byte-level pieces cut inside a UTF-8 sequence).
    boolean wholeCharacters(String piece) {
        if (!byteLevel()) {
            return true;
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes(piece)));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /// The number of UTF-8 bytes `piece` stands for.
    int utf8Length(String piece) {
        return byteLevel() ? bytes(piece).length : piece.replace('\u2581', ' ').getBytes(StandardCharsets.UTF_8).length;
    }

    private static byte[] bytes(String byteLevelPiece) {
        int[] cps = byteLevelPiece.codePoints().toArray();
        byte[] out = new byte[cps.length];
        for (int i = 0; i < cps.length; i++) {
            out[i] = (byte) ByteLevelAlphabet.byteOf(cps[i]);
        }
        return out;
    }

    /// A segmenter loaded with the base's priorities.
    BpeSegmenter segmenter() {
        if (model != null) {
            BpeSegmenter s = new BpeSegmenter(BpeSegmenter.Rule.SCORES);
            for (Token t : model.vocabulary().tokens()) {
                if (t.kind() == TokenKind.NORMAL) {
                    s.addPiece(t.piece(), t.score());
                }
            }
            return s;
        }
        BpeSegmenter s = new BpeSegmenter(BpeSegmenter.Rule.RANKS);
        for (MergePair m : json.merges()) {
            s.addMerge(m.left(), m.right());
        }
        return s;
    }

    /// Whether the base is a SentencePiece unigram model (pieces get scores, there are no merges).
    boolean unigram() {
        return model != null && model.vocabulary().kind() == TokenizerKind.SENTENCEPIECE_UNIGRAM;
    }

    /// A Viterbi scorer loaded with the base's normal and user-defined pieces.
    UnigramScorer unigramScorer() {
        UnigramScorer s = new UnigramScorer();
        for (Token t : model.vocabulary().tokens()) {
            if (t.kind() == TokenKind.NORMAL || t.kind() == TokenKind.USER_DEFINED) {
                s.addPiece(t.piece(), t.score());
            }
        }
        return s;
    }

    private void checkSupported() throws TokenizerFormatException {
        if (unigram() && json != null) {
            throw new TokenizerFormatException(Reason.UNKNOWN_MODEL_TYPE, json.source() + ": a unigram tokenizer.model"
                    + " with a tokenizer.json beside it; merging into an HF Unigram tokenizer.json is not implemented"
                    + " (remove the json to merge into the SentencePiece model alone)");
        }
        if (model == null && json != null && !"BPE".equals(json.modelType())) {
            throw new TokenizerFormatException(Reason.UNKNOWN_MODEL_TYPE, json.source() + ": model.type is '"
                    + json.modelType() + "'; merging supports BPE tokenizers only");
        }
    }

    private void checkSameIds() throws TokenizerFormatException {
        for (Token t : model.vocabulary().tokens()) {
            var id = json.vocabulary().idOf(t.piece());
            if (id.isEmpty() || id.getAsInt() != t.id()) {
                throw new TokenizerFormatException(Reason.INVALID_FIELD, json.source() + ": piece '" + t.piece()
                        + "' has id " + (id.isPresent() ? id.getAsInt() : "none") + " here but id " + t.id()
                        + " in " + model.source() + "; the two tokenizer files disagree");
            }
        }
    }
}
