package org.vwb.cli.tokenizer;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.vwb.vocab.fertility.FertilityReport;
import org.vwb.vocab.fertility.FertilityStats;
import org.vwb.vocab.fertility.PieceCount;

/// The JSON form of `vwb tokenizer fertility --json`, built field by field so that names stay stable.
/// Ratios without a denominator are `null`.
///
/// Format `vwb.fertility/1`:
///
/// | Field | Type | Meaning |
/// | --- | --- | --- |
/// | `format` | string | always `vwb.fertility/1` |
/// | `corpus` | string[] | the corpus files, in the order read |
/// | `tokenizers` | object[] | `--tokenizer` first ("before"), then `--compare` if given ("after") |
///
/// Each tokenizer: `tokenizer` (string, file), `kind` (lower-case TokenizerKind), `vocabularySize`,
/// `lines`, `characters` (code points), `cjkCharacters`, `tokens`, `words` and `wordTokens` (lines
/// without CJK), `byteFallbackTokens`, `usedIds` (integers); `tokensPerCharacter`,
/// `tokensPerCjkCharacter`, `tokensPerWord`, `byteFallbackShare`, `vocabularyUsedShare` (numbers or
/// null); `topUsed` and `topUnused` (`{id, piece, text, count}` objects).
public final class FertilityJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FertilityJson() {
    }

    /// The report as one line of JSON.
    public static String write(FertilityReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "vwb.fertility/1");
        ArrayNode corpus = root.putArray("corpus");
        report.corpus().forEach(p -> corpus.add(p.toString()));
        ArrayNode tokenizers = root.putArray("tokenizers");
        tokenizers.add(stats(report.base()));
        report.compare().ifPresent(s -> tokenizers.add(stats(s)));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode stats(FertilityStats s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("tokenizer", s.tokenizer().toString());
        o.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
        o.put("vocabularySize", s.vocabularySize());
        o.put("lines", s.lines());
        o.put("characters", s.characters());
        o.put("cjkCharacters", s.cjkCharacters());
        o.put("tokens", s.tokens());
        o.put("words", s.words());
        o.put("wordTokens", s.wordTokens());
        o.put("byteFallbackTokens", s.byteFallbackTokens());
        o.put("usedIds", s.usedIds());
        ratio(o, "tokensPerCharacter", s.tokensPerCharacter());
        ratio(o, "tokensPerCjkCharacter", s.tokensPerCjkCharacter());
        ratio(o, "tokensPerWord", s.tokensPerWord());
        ratio(o, "byteFallbackShare", s.byteFallbackShare());
        ratio(o, "vocabularyUsedShare", s.vocabularyUsedShare());
        pieces(o.putArray("topUsed"), s.topUsed());
        pieces(o.putArray("topUnused"), s.topUnused());
        return o;
    }

    private static void ratio(ObjectNode o, String name, double v) {
        if (Double.isNaN(v)) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }

    private static void pieces(ArrayNode a, List<PieceCount> pieces) {
        for (PieceCount p : pieces) {
            a.addObject().put("id", p.id()).put("piece", p.piece()).put("text", p.text()).put("count", p.count());
        }
    }
}
