package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.vwb.model.ModelFolder;
import org.vwb.vocab.Vocabulary;

/// The base's tokenizer vocabularies, each read once (a large `tokenizer.json` takes about a second).
final class BaseVocabularies {
    private final ModelFolder base;
    private final Map<String, Optional<Vocabulary>> read = new HashMap<>();

    BaseVocabularies(ModelFolder base) {
        this.base = base;
    }

    /// The vocabulary of the base's file `name`, if it has one.
    Optional<Vocabulary> file(String name) throws IOException {
        Optional<Vocabulary> v = read.get(name);
        if (v == null) {
            Path file = base.folder().resolve(name);
            v = Files.isRegularFile(file) ? Optional.of(Vocabulary.read(file)) : Optional.empty();
            read.put(name, v);
        }
        return v;
    }

    /// The base's vocabulary as [ModelFolder#readVocabulary] chooses it (`tokenizer.json` first).
    Optional<Vocabulary> main() throws IOException {
        Optional<Path> source = base.tokenizerFiles().vocabularySource();
        return source.isEmpty() ? Optional.empty() : file(source.get().getFileName().toString());
    }
}
