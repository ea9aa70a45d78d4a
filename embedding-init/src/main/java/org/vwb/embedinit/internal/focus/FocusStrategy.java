package org.vwb.embedinit.internal.focus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitInputException.Reason;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.TokenizerView;
import org.vwb.embedinit.internal.vectors.Coverage;
import org.vwb.embedinit.internal.vectors.MixtureRows;
import org.vwb.embedinit.internal.vectors.NearestSources;
import org.vwb.embedinit.internal.vectors.Placement;
import org.vwb.embedinit.internal.vectors.TokenForm;
import org.vwb.embedinit.internal.vectors.TokenSpace;

/// FOCUS (Dobler & de Melo 2023, METHODS §5.1): target tokens whose canonical form (word starts as `▁text`,
/// byte pieces `<0xNN>` raw) exists among the base anchors overlap; overlapping tokens with an auxiliary
/// vector are the anchors of the mixture. A new token that overlaps is a copy of its base row; any other new
/// token `j` with an auxiliary vector gets `Σ α_i E_s[anchor_i]` with `α = sparsemax(cos(aux_j, aux_anchors))`,
/// the same weights for the input and (untied) output matrix; a token without one is left to the fallback.
public final class FocusStrategy implements InitStrategy {

    /// The strategy's name.
    public static final String NAME = "focus";

    private final FocusSettings settings;
    private final long blockFloats;

    /// A strategy with the given settings and GEMM block size.
    public FocusStrategy(FocusSettings settings, long blockFloats) {
        this.settings = settings;
        this.blockFloats = blockFloats;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InitResult initialize(InitProblem problem, JobContext context) throws IOException {
        Map<String, Integer> baseForms = baseForms(problem);
        Map<Integer, Integer> overlap = overlap(problem.target(), baseForms);
        AuxiliarySpace aux = AuxiliarySpace.of(NAME, settings, problem.target(), problem.seed(), context);
        TokenSpace anchors = aux.vectors(keys(overlap), values(overlap));
        if (anchors.coveredCount() == 0) {
            throw new InitInputException(Reason.WRONG_VECTORS, "method " + NAME + ": none of the " + overlap.size()
                    + " target tokens that overlap the base anchors has an auxiliary vector in " + source()
                    + "; the space must be keyed by the target tokenizer's pieces");
        }
        List<NewToken> tokens = problem.tokens();
        int[] queryIds = new int[tokens.size()];
        Placement[] copies = new Placement[tokens.size()];
        for (int r = 0; r < tokens.size(); r++) {
            String form = form(problem.target(), tokens.get(r));
            Integer base = form == null ? null : baseForms.get(form);
            copies[r] = base == null ? null : Placement.copyOf(base, "canonical form " + form + " is base id " + base);
            queryIds[r] = base == null ? tokens.get(r).id() : -1;
        }
        TokenSpace queries = aux.vectors(queryIds, queryIds);
        TokenSpace open = openOnly(queries, copies);
        Coverage.require(NAME, settings.minCoverage(), "new tokens (not copied)", source(), open,
                i -> problem.target().piece(open.ids()[i]));
        List<Placement> placed = NearestSources.sparsemax(problem.algebra(), queries, anchors, blockFloats, context,
                i -> "no auxiliary vector for '" + tokens.get(i).piece() + "' in " + source());
        List<Placement> all = new ArrayList<>(tokens.size());
        for (int r = 0; r < tokens.size(); r++) {
            all.add(copies[r] != null ? copies[r] : placed.get(r));
        }
        context.progress().begin("mixing " + all.size() + " rows", -1);
        return MixtureRows.build(problem, NAME, all);
    }

    /// Canonical form → base id over the anchors (the lowest id when several share a form).
    private static Map<String, Integer> baseForms(InitProblem problem) {
        Map<String, Integer> forms = new HashMap<>();
        for (int id : problem.anchorIds()) {
            if (id < problem.base().size()) {
                String c = TokenForm.of(problem.base(), id).canonical();
                if (c != null) {
                    forms.putIfAbsent(c, id);
                }
            }
        }
        return forms;
    }

    /// Target id → base id for every target token whose canonical form is an anchor's (first target id
    /// per base id, so an anchor is counted once).
    private static Map<Integer, Integer> overlap(TokenizerView target, Map<String, Integer> baseForms) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (int id = 0; id < target.size(); id++) {
            String c = TokenForm.of(target, id).canonical();
            Integer base = c == null ? null : baseForms.get(c);
            if (base != null && used.add(base)) {
                out.put(id, base);
            }
        }
        return out;
    }

    private static String form(TokenizerView target, NewToken t) {
        return t.id() < target.size() ? TokenForm.of(target, t.id()).canonical() : null;
    }

    /// The queries' coverage counted over the tokens that were not copied.
    private static TokenSpace openOnly(TokenSpace queries, Placement[] copies) {
        int n = 0;
        for (Placement c : copies) {
            n += c == null ? 1 : 0;
        }
        int[] ids = new int[n];
        float[] rows = new float[n * queries.dim()];
        for (int r = 0, k = 0; r < copies.length; r++) {
            if (copies[r] == null) {
                ids[k] = queries.ids()[r];
                System.arraycopy(queries.rows(), r * queries.dim(), rows, k * queries.dim(), queries.dim());
                k++;
            }
        }
        return new TokenSpace(ids, queries.dim(), rows);
    }

    private String source() {
        return settings.vectors() != null ? "vectors=" + settings.vectors() : "the space trained on corpus=" + settings.corpus();
    }

    private static int[] keys(Map<Integer, Integer> m) {
        return m.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] values(Map<Integer, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).toArray();
    }
}
