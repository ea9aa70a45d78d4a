package org.vwb.vocab.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerKind;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.internal.ByteLevelAlphabet;

/// Takes the CJK pieces of another tokenizer as candidates: each normal piece is decoded to its text
/// (pieces holding part of a UTF-8 character are skipped), kept when it is made of Han characters
/// (optionally after one leading space), and respelled the way the base spells text.
final class CandidateImport {
    private CandidateImport() {
    }

    /// The tokenizer file inside `path` (a folder prefers tokenizer.json), or `path` itself.
    static Path tokenizerFile(Path path) {
        if (!Files.isDirectory(path)) {
            return path;
        }
        Path json = path.resolve(BaseTokenizer.JSON);
        return Files.isRegularFile(json) ? json : path.resolve(BaseTokenizer.MODEL);
    }

    static List<Candidate> read(Path path, BaseTokenizer base) throws IOException {
        Path file = tokenizerFile(path);
        List<Candidate> out = new ArrayList<>();
        for (Decoded d : wholePieces(Vocabulary.read(file), CandidateImport::cjk)) {
            out.add(new Candidate(base.spell(d.text()), null, null, file + "#" + d.token().id()));
        }
        return out;
    }

    /// An entry of another tokenizer with the text it stands for.
    record Decoded(Token token, String text) {
    }

    /// The normal and user-defined entries of `other` that spell whole characters and whose text passes
    /// `keep`, in id order, with their decoded text.
    static List<Decoded> wholePieces(Vocabulary other, Predicate<String> keep) {
        List<Decoded> out = new ArrayList<>();
        for (Token t : other.tokens()) {
            if (t.kind() != TokenKind.NORMAL && t.kind() != TokenKind.USER_DEFINED) {
                continue;
            }
            String text = other.decodedText(t);
            if (wholeCharacters(other, t, text) && keep.test(text)) {
                out.add(new Decoded(t, text));
            }
        }
        return out;
    }

    /// Whether `text` spells the whole piece (a byte-level piece ending inside a character decodes to
    /// less than it holds).
    private static boolean wholeCharacters(Vocabulary v, Token t, String text) {
        if (v.kind() != TokenizerKind.HF_BYTE_LEVEL_BPE) {
            return !text.isEmpty();
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            sb.append(ByteLevelAlphabet.charOf(b));
        }
        return !text.isEmpty() && sb.toString().equals(t.piece());
    }

    /// Han characters only, optionally after one leading space.
    static boolean cjk(String text) {
        String body = text.startsWith(" ") ? text.substring(1) : text;
        return !body.isEmpty() && body.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
