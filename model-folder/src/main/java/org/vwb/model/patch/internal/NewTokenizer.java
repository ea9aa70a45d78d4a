package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.vwb.model.ModelFolder;
import org.vwb.model.patch.PatchException;
import org.vwb.model.patch.PatchException.Reason;
import org.vwb.vocab.Token;
import org.vwb.vocab.Vocabulary;

/// Checks, before writing, that the tokenizer folder extends the base's tokenizer and fits the rows.
final class NewTokenizer {
    private NewTokenizer() {
    }

    /// Checks the tokenizer in `folder` and returns its size (the largest over its vocabulary files).
    ///
    /// Rules: every vocabulary file of the folder keeps the pieces of the base's file of the same name at
    /// their ids; the new ids do not fall on rows the base had beyond its tokenizer (padding, which is
    /// copied unchanged); and `newVocabSize` is the size, rounded up to `padToMultipleOf` when given.
    static int check(Path folder, ModelFolder base, long oldRows, int newVocabSize, int padToMultipleOf)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new PatchException(Reason.TOKENIZER_MISMATCH, folder, "not a folder; expected the folder of the"
                    + " expanded tokenizer (tokenizer.json and/or tokenizer.model)");
        }
        BaseVocabularies baseVocabularies = new BaseVocabularies(base);
        int size = -1;
        for (String name : TokenizerNames.READABLE) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Vocabulary v = Vocabulary.read(file);
            Optional<Vocabulary> old = baseVocabularies.file(name);
            if (old.isPresent()) {
                checkExtends(old.get(), v, file);
            }
            size = Math.max(size, v.size());
        }
        if (size < 0) {
            throw new PatchException(Reason.TOKENIZER_MISMATCH, folder, "no tokenizer file (looked for "
                    + String.join(", ", TokenizerNames.READABLE) + ")");
        }
        checkPaddingRows(folder, baseVocabularies.main(), oldRows, size);
        checkSize(folder, size, newVocabSize, padToMultipleOf);
        return size;
    }

    /// Every id of `base` keeps its piece in `extended`.
    static Optional<String> extensionProblem(Vocabulary base, Vocabulary extended) {
        String[] pieces = new String[Math.max(extended.size(), 0)];
        for (Token t : extended.tokens()) {
            if (t.id() >= 0 && t.id() < pieces.length) {
                pieces[t.id()] = t.piece();
            }
        }
        for (Token t : base.tokens()) {
            String now = t.id() < pieces.length ? pieces[t.id()] : null;
            if (!t.piece().equals(now)) {
                return Optional.of("id " + t.id() + " is '" + t.piece() + "' in the base but "
                        + (now == null ? "missing" : "'" + now + "'") + " in the new tokenizer");
            }
        }
        return Optional.empty();
    }

    private static void checkExtends(Vocabulary base, Vocabulary extended, Path file) throws PatchException {
        Optional<String> problem = extensionProblem(base, extended);
        if (problem.isPresent()) {
            throw new PatchException(Reason.TOKENIZER_MISMATCH, file, problem.get()
                    + "; an expansion appends pieces and never renumbers old ones");
        }
    }

    private static void checkPaddingRows(Path folder, Optional<Vocabulary> old, long oldRows, int size)
            throws PatchException {
        if (old.isPresent() && old.get().size() < oldRows && size > old.get().size()) {
            int b = old.get().size();
            throw new PatchException(Reason.TOKENIZER_MISMATCH, folder, "new ids start at " + b + ", but the base's"
                    + " embedding has " + oldRows + " rows: ids " + b + "-" + (oldRows - 1) + " are padding rows, copied"
                    + " unchanged, and new rows are appended after them; new pieces would get padding rows");
        }
    }

    private static void checkSize(Path folder, int size, int newVocabSize, int pad) throws PatchException {
        if (size > newVocabSize) {
            throw new PatchException(Reason.TOKENIZER_MISMATCH, folder, "the tokenizer has " + size
                    + " ids but newVocabSize is " + newVocabSize + "; every id needs a row");
        }
        if (pad <= 1) {
            if (size != newVocabSize) {
                throw new PatchException(Reason.TOKENIZER_MISMATCH, folder, "the tokenizer has " + size
                        + " ids but newVocabSize is " + newVocabSize + "; without pad_to_multiple_of they must be equal");
            }
            return;
        }
        long expected = (size + (long) pad - 1) / pad * pad;
        if (newVocabSize != expected) {
            throw new PatchException(Reason.PADDING, folder, "newVocabSize is " + newVocabSize + ", expected "
                    + expected + " (the tokenizer's " + size + " ids rounded up to a multiple of " + pad + ")");
        }
    }
}
