package org.vwb.vocab.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import ai.djl.sentencepiece.SpProcessor;
import ai.djl.sentencepiece.SpTokenizer;

import org.vwb.vocab.Token;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.spm.proto.SentencePieceModel.ModelProto;

/// `tokenizer.model` through SentencePiece's native library (DJL binding) for encoding.
///
/// Decoding is done here from the pieces, as SentencePiece's own decoder does it (`▁` is a space, byte
/// pieces are raw UTF-8 bytes, control tokens vanish, unknown is ` ⁇ `, the dummy-prefix space of the
/// first piece is dropped): DJL returns decoded strings through JNI's modified UTF-8, which mangles
/// characters outside the BMP, and its `getToken` aborts the JVM on an out-of-range id.
final class SentencePieceEncoder implements TokenizerEncoder {
    private final Path source;
    private final Vocabulary vocabulary;
    private final SpTokenizer tokenizer;
    private final SpProcessor processor;
    private final boolean dummyPrefix;

    private SentencePieceEncoder(Path source, Vocabulary vocabulary, SpTokenizer tokenizer, boolean dummyPrefix) {
        this.source = source;
        this.vocabulary = vocabulary;
        this.tokenizer = tokenizer;
        this.processor = tokenizer.getProcessor();
        this.dummyPrefix = dummyPrefix;
    }

    static SentencePieceEncoder open(Path file, Vocabulary vocabulary) throws IOException {
        ModelProto model = SentencePieceVocabularyReader.parse(file);
        boolean dummyPrefix = model.getNormalizerSpec().getAddDummyPrefix();
        return new SentencePieceEncoder(file, vocabulary, new SpTokenizer(file), dummyPrefix);
    }

    @Override
    public Path source() {
        return source;
    }

    @Override
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public int[] encode(String text) {
        return text.isEmpty() ? new int[0] : processor.encode(text);
    }

    @Override
    public String decode(int[] ids) {
        NativeEncoders.checkIds(ids, vocabulary);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Token> tokens = vocabulary.tokens();
        for (int id : ids) {
            Token t = tokens.get(id);
            switch (t.kind()) {
                case BYTE -> bytes.write(Integer.parseInt(t.piece().substring(3, 5), 16));
                case CONTROL, UNUSED -> { }
                case UNKNOWN -> bytes.writeBytes(" \u2047 ".getBytes(StandardCharsets.UTF_8));
                default -> bytes.writeBytes(t.piece().getBytes(StandardCharsets.UTF_8));
            }
        }
        String text = bytes.toString(StandardCharsets.UTF_8).replace('\u2581', ' ');
        return dummyPrefix && text.startsWith(" ") ? text.substring(1) : text;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
