package org.vwb.vocab.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.WordEncoding;

/// `tokenizer.json` through the HF tokenizers native library (DJL binding).
final class HfEncoder implements TokenizerEncoder {
    private final Path source;
    private final Vocabulary vocabulary;
    private final HuggingFaceTokenizer tokenizer;

    private HfEncoder(Path source, Vocabulary vocabulary, HuggingFaceTokenizer tokenizer) {
        this.source = source;
        this.vocabulary = vocabulary;
        this.tokenizer = tokenizer;
    }

    static HfEncoder open(Path file, Vocabulary vocabulary) throws IOException {
        // DJL truncates to 512 tokens unless told not to; padding would add ids we did not ask for.
        var options = Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "false");
        return new HfEncoder(file, vocabulary, HuggingFaceTokenizer.newInstance(file, options));
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
        return toInts(tokenizer.encode(text, false, false).getIds());
    }

    @Override
    public List<int[]> encodeAll(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts.toArray(String[]::new), false, false);
        List<int[]> out = new ArrayList<>(encodings.length);
        for (Encoding e : encodings) {
            out.add(toInts(e.getIds()));
        }
        return out;
    }

    @Override
    public List<WordEncoding> encodeAllWords(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts.toArray(String[]::new), false, false);
        List<WordEncoding> out = new ArrayList<>(encodings.length);
        for (Encoding e : encodings) {
            // tokens outside any word (none without special tokens) come back as -1: keep them apart
            out.add(new WordEncoding(toInts(e.getIds()), toInts(e.getWordIds())));
        }
        return out;
    }

    @Override
    public String decode(int[] ids) {
        NativeEncoders.checkIds(ids, vocabulary);
        long[] longs = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            longs[i] = ids[i];
        }
        return tokenizer.decode(longs, true);
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    private static int[] toInts(long[] ids) {
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = Math.toIntExact(ids[i]);
        }
        return out;
    }
}
