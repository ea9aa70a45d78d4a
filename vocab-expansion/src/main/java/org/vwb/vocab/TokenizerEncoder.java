package org.vwb.vocab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// Encodes and decodes text with the real tokenizer engines: SentencePiece's native library for a
/// `tokenizer.model`, Hugging Face tokenizers' native library for a `tokenizer.json`.
///
/// Encoding adds no special tokens (no BOS/EOS) and never truncates. Decoding refuses ids outside the
/// vocabulary before they reach the native code (SentencePiece aborts the JVM on them). Instances are
/// safe to share between threads for `encode`/`decode`; `close` releases the native handle.
public interface TokenizerEncoder extends AutoCloseable {

    /// Opens a tokenizer file: `tokenizer.model` (SentencePiece) or `tokenizer.json` (HF), told apart by
    /// content; or a folder, where `tokenizer.json` is preferred (what HF loaders use) over
    /// `tokenizer.model`.
    ///
    /// @throws TokenizerFormatException when the file is not a tokenizer the engines can load
    static TokenizerEncoder open(Path fileOrFolder) throws IOException {
        Path file = fileOrFolder;
        if (Files.isDirectory(fileOrFolder)) {
            Path json = fileOrFolder.resolve("tokenizer.json");
            Path model = fileOrFolder.resolve("tokenizer.model");
            if (Files.isRegularFile(json)) {
                file = json;
            } else if (Files.isRegularFile(model)) {
                file = model;
            } else {
                throw new java.nio.file.NoSuchFileException(fileOrFolder.toString(), null,
                        "no tokenizer.json or tokenizer.model in this folder");
            }
        }
        return org.vwb.vocab.internal.NativeEncoders.open(file);
    }

    /// The file the engine was loaded from.
    Path source();

    /// The vocabulary of that file (ids, pieces, kinds).
    Vocabulary vocabulary();

    /// The ids of `text`, without special tokens.
    int[] encode(String text);

    /// Encodes many texts; the HF engine spreads a batch over the machine's cores.
    default List<int[]> encodeAll(List<String> texts) {
        List<int[]> out = new java.util.ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(encode(t));
        }
        return out;
    }

    /// Encodes many texts and reports which pre-tokenizer word each token came from, so that callers
    /// (subword mining) never join tokens across the engine's own word splits. SentencePiece has no
    /// pre-tokenizer (its words are marked by `▁` in the pieces): this default reports word 0 throughout.
    default List<WordEncoding> encodeAllWords(List<String> texts) {
        List<int[]> all = encodeAll(texts);
        List<WordEncoding> out = new java.util.ArrayList<>(all.size());
        for (int[] ids : all) {
            out.add(new WordEncoding(ids, new int[ids.length]));
        }
        return out;
    }

    /// The text of `ids` (special tokens skipped).
    ///
    /// @throws IllegalArgumentException for an id outside `[0, vocabulary().size())`
    String decode(int[] ids);

    @Override
    void close();
}
