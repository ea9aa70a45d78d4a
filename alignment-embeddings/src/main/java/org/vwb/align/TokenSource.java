package org.vwb.align;

import java.io.Closeable;
import java.io.IOException;

/// A corpus as lines of tokens, read from the start as often as a trainer needs (one pass to count,
/// one per epoch), optionally split into parts that threads read in parallel.
///
/// `T` is `String[]` for text tokens ([CorpusFiles]) or `int[]` for token ids of a tokenizer's
/// vocabulary (a tokenized corpus, FOCUS-style). Tokens never cross a line: a training window stops at
/// the line's ends.
///
/// @param <T> the type of one line of tokens
@FunctionalInterface
public interface TokenSource<T> {

    /// Opens a pass over part `part` of `parts` (`0 ≤ part < parts`). Together the parts hold every
    /// line exactly once; `open(0, 1)` is the whole corpus in order.
    Cursor<T> open(int part, int parts) throws IOException;

    /// One pass over (part of) a corpus.
    ///
    /// @param <T> the type of one line of tokens
    interface Cursor<T> extends Closeable {

        /// The next line's tokens (possibly empty), or null at the end.
        T next() throws IOException;
    }
}
