package org.vwb.align;

/// One dictionary entry: a source-language word and one of its target-language translations.
///
/// Following WECHSEL's convention, the source side is the language of the model being adapted
/// (usually English) and the target side the new language.
public record WordPair(String source, String target) {

    /// Rejects empty words.
    public WordPair {
        if (source.isEmpty() || target.isEmpty()) {
            throw new IllegalArgumentException("empty word in pair ('" + source + "', '" + target + "')");
        }
    }
}
