package org.vwb.core;

import java.nio.file.Path;
import java.util.Objects;

/// Asks for a source vector space to be aligned to a target space with a bilingual dictionary
/// ([Workbench#alignVectors]).
///
/// @param source       source vectors (`.vec`, GloVe, word2vec binary or fastText `.bin`), words most frequent first
/// @param target       target vectors, same formats
/// @param dictionary   `source<TAB>target` pairs, or CC-CEDICT (English → Chinese pairs)
/// @param dictFormat   `auto` (CC-CEDICT if the first entry looks like one), `pairs` or `cedict`
/// @param refine       iterative-refinement steps (0 = dictionary Procrustes only)
/// @param testFraction share of dictionary source words held out for P@1/P@5
/// @param seed         seed of the held-out split
/// @param maxWords     words read from each vector file (the first ones)
/// @param evalWords    retrieval (evaluation and refinement) among this many first words per side
/// @param out          the mapped source vectors, written as `.vec` (atomically)
public record AlignVectorsRequest(Path source, Path target, Path dictionary, String dictFormat, int refine,
        double testFraction, long seed, int maxWords, int evalWords, Path out) {

    /// Validates the parts.
    public AlignVectorsRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(out, "out");
        if (!java.util.List.of("auto", "pairs", "cedict").contains(dictFormat)) {
            throw new IllegalArgumentException("dictionary format must be auto, pairs or cedict, was '" + dictFormat + "'");
        }
        if (maxWords < 1 || evalWords < 1 || refine < 0) {
            throw new IllegalArgumentException("need maxWords ≥ 1, evalWords ≥ 1 and refine ≥ 0");
        }
    }
}
