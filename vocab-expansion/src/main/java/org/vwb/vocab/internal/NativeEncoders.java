package org.vwb.vocab.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.TokenizerFormatException;
import org.vwb.vocab.Vocabulary;

/// Chooses the engine for a tokenizer file from its first byte: `{` is JSON, anything else protobuf.
public final class NativeEncoders {
    private NativeEncoders() {
    }

    /// Opens `file` with the engine its content calls for.
    public static TokenizerEncoder open(Path file) throws IOException {
        boolean json;
        try (InputStream in = Files.newInputStream(file)) {
            int b = in.read();
            while (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                b = in.read();
            }
            json = b == '{';
        }
        Vocabulary vocabulary = json ? Vocabulary.readTokenizerJson(file) : Vocabulary.readSentencePiece(file);
        try {
            return json ? HfEncoder.open(file, vocabulary) : SentencePieceEncoder.open(file, vocabulary);
        } catch (RuntimeException e) { // the engines report load failures as unchecked exceptions
            throw new TokenizerFormatException(TokenizerFormatException.Reason.INVALID_FIELD,
                    file + ": the native tokenizer library could not load it: " + e.getMessage(), e);
        }
    }

    static void checkIds(int[] ids, Vocabulary vocabulary) {
        for (int id : ids) {
            if (id < 0 || id >= vocabulary.size()) {
                throw new IllegalArgumentException("id " + id + " is outside the vocabulary [0, "
                        + vocabulary.size() + ")");
            }
        }
    }
}
