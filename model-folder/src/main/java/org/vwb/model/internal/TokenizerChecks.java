package org.vwb.model.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vwb.model.ModelFolder;
import org.vwb.model.ModelFolderException;
import org.vwb.model.ModelFolderException.Reason;
import org.vwb.model.ModelWarning;
import org.vwb.model.ModelWarning.Code;
import org.vwb.vocab.Vocabulary;

/// Checks the tokenizer's size against the embedding rows.
///
/// More ids than rows is an error: those ids would index past the matrix. Fewer ids than rows is a
/// warning: padded rows (Qwen2 pads 151,665 ids to 151,936 rows) are normal, but an expansion should
/// use them before growing the matrix.
public final class TokenizerChecks {

    private TokenizerChecks() {
    }

    /// Checks `vocabulary` (if any) against `model` and returns the warnings.
    public static List<ModelWarning> check(ModelFolder model, Optional<Vocabulary> vocabulary)
            throws ModelFolderException {
        List<ModelWarning> warnings = new ArrayList<>();
        if (vocabulary.isEmpty()) {
            warnings.add(new ModelWarning(Code.NO_TOKENIZER, model.folder() + ": no tokenizer.json or SentencePiece"
                    + " model (found: " + (model.tokenizerFiles().present().isEmpty() ? "none"
                    : String.join(", ", model.tokenizerFiles().present())) + "); tokenizer checks skipped"));
            return warnings;
        }
        Path file = model.tokenizerFiles().vocabularySource().orElseThrow();
        long rows = model.layout().rows();
        int size = vocabulary.get().size();
        String emb = model.layout().embedding().name();
        if (size > rows) {
            throw new ModelFolderException(Reason.TOKENIZER_EXCEEDS_EMBEDDING, file, "the tokenizer has " + size
                    + " ids but embedding '" + emb + "' has only " + rows + " rows; ids " + rows + ".."
                    + (size - 1) + " would have no embedding");
        }
        if (size < rows) {
            warnings.add(new ModelWarning(Code.PADDED_ROWS, file + ": the tokenizer has " + size
                    + " ids but embedding '" + emb + "' has " + rows + " rows; " + (rows - size)
                    + " padded rows are never produced by the tokenizer"));
        }
        return warnings;
    }
}
