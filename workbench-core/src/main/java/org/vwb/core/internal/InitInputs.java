package org.vwb.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.TargetTokens;
import org.vwb.embedinit.TokenizerView;
import org.vwb.vocab.TokenizerEncoder;

/// The tokenizers of an init run, opened in the native engines, and the new tokens checked to extend
/// the base. Closing releases both engines.
final class InitInputs implements AutoCloseable {

    private final TokenizerEncoder baseEncoder;
    private final TokenizerEncoder targetEncoder;
    final TokenizerView base;
    final TokenizerView target;
    final List<NewToken> tokens;

    private InitInputs(TokenizerEncoder b, TokenizerEncoder t, List<NewToken> tokens) {
        this.baseEncoder = b;
        this.targetEncoder = t;
        this.base = TokenizerView.of(b);
        this.target = TokenizerView.of(t);
        this.tokens = tokens;
    }

    /// Opens both tokenizers and reads (or derives) the new tokens.
    ///
    /// @throws InitInputException when the target does not extend the base, or the model has fewer rows
    ///     than the base tokenizer has ids
    static InitInputs open(Path model, Path tokenizer, int baseRows) throws IOException {
        TokenizerEncoder b = TokenizerEncoder.open(model);
        TokenizerEncoder t = null;
        try {
            t = TokenizerEncoder.open(tokenizer);
            TokenizerView bv = TokenizerView.of(b);
            TokenizerView tv = TokenizerView.of(t);
            if (bv.size() != baseRows) {
                // New ids start at the tokenizer's size; with padding rows in the base (rows > ids) they
                // would land on rows the model already has. Not supported yet: refuse rather than guess.
                throw new InitInputException(InitInputException.Reason.DIMENSION_MISMATCH, model
                        + ": the tokenizer has " + bv.size() + " ids but the embedding has " + baseRows
                        + " rows; expected equal (bases with padding rows are not supported yet)");
            }
            Path mapping = tokenizer.resolve(TargetTokens.ID_MAPPING);
            List<NewToken> tokens = Files.isRegularFile(mapping) ? TargetTokens.fromMapping(mapping, bv, tv)
                    : TargetTokens.derive(bv, tv);
            return new InitInputs(b, t, tokens);
        } catch (IOException | RuntimeException e) {
            b.close();
            if (t != null) {
                t.close();
            }
            throw e;
        }
    }

    @Override
    public void close() {
        baseEncoder.close();
        targetEncoder.close();
    }
}
