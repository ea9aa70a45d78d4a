package org.vwb.vocab.internal;

// Placeholder so dependent modules compile while this module is built (issue #2); replaced by the implementation.
public final class SentencePieceVocabularyReader {
    private SentencePieceVocabularyReader() {
    }
    public static org.vwb.vocab.Vocabulary read(java.nio.file.Path p) throws java.io.IOException { throw new UnsupportedOperationException("not yet implemented"); }
}
