package org.vwb.vocab.mine;

import java.nio.file.Path;
import java.util.List;

/// What mining reads: running text, weighted, and word-frequency lists.
///
/// A word-frequency file has one word per line, `word frequency [anything else]`, separated by
/// whitespace (the shape of jieba's `dict.txt`: `计算机 13331 n`); each word counts as a line of text
/// occurring `frequency` times. Mixing both lets mining see a large modern vocabulary with realistic
/// frequencies next to running text, whose every line counts `textWeight` times.
///
/// @param text            UTF-8 text files, streamed
/// @param textWeight      how many times each text line counts, ≥ 1
/// @param wordFrequencies UTF-8 word-frequency files
public record MiningCorpus(List<Path> text, long textWeight, List<Path> wordFrequencies) {

    /// Validates the parts: at least one file, a positive weight.
    public MiningCorpus {
        text = List.copyOf(text);
        wordFrequencies = List.copyOf(wordFrequencies);
        if (text.isEmpty() && wordFrequencies.isEmpty()) {
            throw new IllegalArgumentException("no corpus file given");
        }
        if (textWeight < 1) {
            throw new IllegalArgumentException("text weight must be >= 1, was " + textWeight);
        }
    }

    /// Plain text files, each line counted once.
    public static MiningCorpus text(List<Path> files) {
        return new MiningCorpus(files, 1, List.of());
    }
}
