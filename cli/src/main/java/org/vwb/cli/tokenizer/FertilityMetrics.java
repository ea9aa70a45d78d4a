package org.vwb.cli.tokenizer;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.vwb.vocab.fertility.FertilityStats;

/// The metric rows shared by the text and CSV forms of the fertility report, in display order.
final class FertilityMetrics {

    /// One row: its key (CSV), its label (text) and how to print it.
    record Metric(String key, String label, Function<FertilityStats, String> value) {
    }

    static final List<Metric> ROWS = List.of(
            new Metric("tokenizer", "tokenizer", s -> s.tokenizer().toString()),
            new Metric("kind", "kind", s -> s.kind().name().toLowerCase(Locale.ROOT)),
            new Metric("vocabulary_size", "vocabulary size", s -> Long.toString(s.vocabularySize())),
            new Metric("tokens", "tokens", s -> Long.toString(s.tokens())),
            new Metric("tokens_per_character", "tokens per character", s -> ratio(s.tokensPerCharacter())),
            new Metric("tokens_per_cjk_character", "tokens per CJK character", s -> ratio(s.tokensPerCjkCharacter())),
            new Metric("tokens_per_word", "tokens per word (non-CJK lines)", s -> ratio(s.tokensPerWord())),
            new Metric("byte_fallback_share", "byte-fallback share", s -> ratio(s.byteFallbackShare())),
            new Metric("byte_fallback_tokens", "byte-fallback tokens", s -> Long.toString(s.byteFallbackTokens())),
            new Metric("vocabulary_used_share", "vocabulary used", s -> ratio(s.vocabularyUsedShare())),
            new Metric("used_ids", "ids used", s -> Long.toString(s.usedIds())));

    private FertilityMetrics() {
    }

    /// Four decimals, or `n/a` where the ratio has no denominator.
    static String ratio(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }
}
