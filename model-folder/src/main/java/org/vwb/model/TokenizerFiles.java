package org.vwb.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// The tokenizer files present in a model folder.
///
/// @param folder  the model folder
/// @param present names of the known tokenizer files found there, in [#KNOWN] order
public record TokenizerFiles(Path folder, List<String> present) {

    /// The file names looked for, the readable vocabularies first.
    public static final List<String> KNOWN = List.of("tokenizer.json", "tokenizer.model", "spiece.model",
            "sentencepiece.bpe.model", "tokenizer_config.json", "special_tokens_map.json", "added_tokens.json",
            "vocab.txt", "vocab.json", "merges.txt");

    private static final List<String> READABLE = KNOWN.subList(0, 4);

    /// Copies the list.
    public TokenizerFiles {
        Objects.requireNonNull(folder, "folder");
        present = List.copyOf(present);
    }

    /// Lists the known tokenizer files in `folder`.
    public static TokenizerFiles scan(Path folder) throws IOException {
        List<String> found = new ArrayList<>();
        for (String name : KNOWN) {
            if (Files.isRegularFile(folder.resolve(name))) {
                found.add(name);
            }
        }
        return new TokenizerFiles(folder, found);
    }

    /// The file the vocabulary is read from: `tokenizer.json` (it includes added tokens) if present,
    /// else a SentencePiece model.
    public Optional<Path> vocabularySource() {
        return present.stream().filter(READABLE::contains).findFirst().map(folder::resolve);
    }
}
