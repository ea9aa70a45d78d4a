package org.vwb.embedinit.internal.subword;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vwb.align.DictionaryReader;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.OptionSpec;
import org.vwb.embedinit.StrategyOptions;
import org.vwb.embedinit.internal.Mixtures;

/// Dictionary anchoring (beyond the references): a new token found in a bilingual dictionary gets the
/// mean over its first `max-glosses` translations of each translation's FVT row (the translation
/// decomposed by the base tokenizer as a whole word). With `compose`, a multi-character token that is
/// not an entry but whose every character is gets the mean over its characters of their rows. Tokens
/// without an entry stay unplaced for the Initializer's fallback (recommended: `fvt`).
///
/// The weights are static, so input and lm_head rows use the same mixture. Every row is a convex
/// combination of base rows: provenance MIXTURE with the merged gloss pieces, weights summing to 1.
public final class TranslationStrategy implements InitStrategy {

    /// The strategy's name.
    public static final String NAME = "translation";
    /// Its options.
    public static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.of("dictionary", OptionSpec.Type.PATH, null, "the dictionary file (CC-CEDICT, or "
                    + "source<TAB>target pairs with the new tokens' language as target)"),
            OptionSpec.choice("format", "cedict", "dictionary format", "cedict", "pairs"),
            OptionSpec.choice("script", "simplified", "CC-CEDICT headword matched against tokens",
                    "simplified", "traditional"),
            OptionSpec.of("swap", OptionSpec.Type.BOOLEAN, "false", "pairs only: the file lists target<TAB>source"),
            OptionSpec.of("max-glosses", OptionSpec.Type.INT, "5", "translations used per entry, in file order "
                    + "(CC-CEDICT lists the common senses first)"),
            OptionSpec.of("compose", OptionSpec.Type.BOOLEAN, "true", "a token missing from the dictionary "
                    + "whose characters all have entries gets the mean over its characters"));

    private final Path dictionary;
    private final GlossTable.Format format;
    private final DictionaryReader.Script script;
    private final boolean swap;
    private final int maxGlosses;
    private final boolean compose;
    private GlossTable table;

    private TranslationStrategy(Path dictionary, GlossTable.Format format, DictionaryReader.Script script,
                                boolean swap, int maxGlosses, boolean compose) {
        this.dictionary = dictionary;
        this.format = format;
        this.script = script;
        this.swap = swap;
        this.maxGlosses = maxGlosses;
        this.compose = compose;
    }

    /// Builds the strategy; the dictionary is read on first use.
    ///
    /// @throws InitInputException BAD_OPTION for `max-glosses < 1`, MISSING_RESOURCE for a dictionary
    ///     path that is not a readable file
    public static TranslationStrategy create(StrategyOptions o) throws InitInputException {
        Path file = o.path("dictionary");
        if (file == null) {
            throw new InitInputException(InitInputException.Reason.BAD_OPTION,
                    "method " + NAME + ", option dictionary: expected a file path, found an empty value");
        }
        GlossTable.requireReadable(file);
        return new TranslationStrategy(file, GlossTable.Format.valueOf(o.string("format").toUpperCase(java.util.Locale.ROOT)),
                DictionaryReader.Script.valueOf(o.string("script").toUpperCase(java.util.Locale.ROOT)),
                o.bool("swap"), o.integer("max-glosses", 1, 1000), o.bool("compose"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InitResult initialize(InitProblem problem, JobContext context) throws IOException {
        GlossTable glosses = table();
        Decomposer decomposer = new Decomposer(problem.base(), problem.target().kind());
        PieceFilter filter = new PieceFilter(problem.base(), problem.input().rows(), problem.anchors(), false, true, false);
        Map<String, Mixture> glossRows = new HashMap<>();
        ResultBuilder out = new ResultBuilder(problem);
        int n = problem.tokens().size();
        context.progress().begin(NAME + ": looking up " + n + " tokens", n);
        for (int r = 0; r < n; r++) {
            if (r % 256 == 0) {
                context.cancellation().check();
                context.progress().advance(Math.min(256, n - r));
            }
            NewToken t = problem.tokens().get(r);
            String word = t.text().strip();
            StringBuilder note = new StringBuilder();
            Mixture m = entry(word, glosses, g -> glossRow(g, decomposer, filter, glossRows), note);
            if (m.isEmpty() && compose && word.codePointCount(0, word.length()) > 1) {
                note.setLength(0);
                m = composed(word, glosses, g -> glossRow(g, decomposer, filter, glossRows), note);
            }
            if (m.isEmpty()) {
                out.unplaced(r, NAME, word.isEmpty() ? "no text" : glosses.of(word).isEmpty()
                        ? "'" + word + "' not in the dictionary" : "no gloss of '" + word + "' has an anchor piece");
                continue;
            }
            for (MatrixRole role : problem.roles()) {
                Mixtures.mix(problem.matrix(role), m.ids(), m.weights(), out.rows(role), r);
                out.record(r, m.record(t.id(), role, NAME, note.toString()));
            }
        }
        return out.build();
    }

    private synchronized GlossTable table() throws IOException {
        if (table == null) {
            table = GlossTable.read(dictionary, format, script, swap);
        }
        return table;
    }

    /// The mixture of one dictionary entry: uniform over its first glosses that decompose into anchors.
    private Mixture entry(String word, GlossTable glosses, java.util.function.Function<String, Mixture> row,
                          StringBuilder note) {
        List<String> all = glosses.of(word);
        List<Mixture> parts = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (String g : all.subList(0, Math.min(maxGlosses, all.size()))) {
            Mixture m = row.apply(g);
            if (!m.isEmpty()) {
                parts.add(m);
                used.add(g);
            }
        }
        if (!all.isEmpty()) {
            note.append(word).append(" → ").append(String.join(", ", used));
        }
        return uniform(parts);
    }

    /// The mean over the characters of `word` of their entries' mixtures, if every character has one.
    private Mixture composed(String word, GlossTable glosses, java.util.function.Function<String, Mixture> row,
                             StringBuilder note) {
        List<Mixture> parts = new ArrayList<>();
        note.append("composed from characters: ");
        for (int cp : word.codePoints().toArray()) {
            StringBuilder part = new StringBuilder();
            Mixture m = entry(Character.toString(cp), glosses, row, part);
            if (m.isEmpty()) {
                return Mixture.empty();
            }
            parts.add(m);
            note.append(parts.size() > 1 ? "; " : "").append(part);
        }
        return uniform(parts);
    }

    private static Mixture uniform(List<Mixture> parts) {
        double[] w = new double[parts.size()];
        java.util.Arrays.fill(w, 1.0);
        return parts.isEmpty() ? Mixture.empty() : Mixture.combine(parts, w);
    }

    private static Mixture glossRow(String gloss, Decomposer decomposer, PieceFilter filter, Map<String, Mixture> cache) {
        return cache.computeIfAbsent(gloss, g -> {
            PieceFilter.Kept kept = filter.keep(decomposer.ofWord(g).ids());
            return kept.refusal().isEmpty() ? Mixture.uniform(kept.ids()) : Mixture.empty();
        });
    }
}
