package org.vwb.embedinit.internal.subword;

import java.util.List;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.OptionSpec;
import org.vwb.embedinit.StrategyOptions;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.internal.Mixtures;

/// FVT (METHODS §5.2) and Bailong's zip-tie (METHODS §4, reconstruction): each new row is a weighted
/// mean of the base rows of the token's decomposition by the **base** tokenizer. The two differ in
/// whether byte-fallback pieces `<0xNN>` take part (FVT: no by default; zip-tie: yes).
///
/// Untied models: the lm_head row is the same mixture over lm_head rows (`head=mean`), the first piece's
/// lm_head row (`head=first`), or a copy of the new input row (`head=tied`, recorded as SAMPLED because
/// it is a mixture of *input* rows, which certifies nothing about the lm_head hull).
public final class SubwordStrategy implements InitStrategy {

    /// FVT's name.
    public static final String FVT = "fvt";
    /// Zip-tie's name.
    public static final String ZIPTIE = "ziptie";
    /// FVT's options (byte pieces skipped by default).
    public static final List<OptionSpec> FVT_OPTIONS = SubwordOptions.specs("skip");
    /// Zip-tie's options (byte pieces kept by default).
    public static final List<OptionSpec> ZIPTIE_OPTIONS = SubwordOptions.specs("keep");

    private static final int MAX_LISTED = 8;

    private final String name;
    private final SubwordOptions options;

    /// A strategy called `name` with `options`.
    public SubwordStrategy(String name, SubwordOptions options) {
        this.name = name;
        this.options = options;
    }

    /// Builds `fvt` or `ziptie` from validated options.
    public static SubwordStrategy create(String name, StrategyOptions o) throws InitInputException {
        return new SubwordStrategy(name, SubwordOptions.from(o));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public InitResult initialize(InitProblem problem, JobContext context) {
        Decomposer decomposer = new Decomposer(problem.base(), problem.target().kind());
        PieceFilter filter = new PieceFilter(problem.base(), problem.input().rows(), problem.anchors(),
                options.keepBytes(), options.skipNonAnchors(), options.dropBareMarker());
        ResultBuilder out = new ResultBuilder(problem);
        int n = problem.tokens().size();
        context.progress().begin(name + ": decomposing " + n + " tokens", n);
        for (int r = 0; r < n; r++) {
            if (r % 256 == 0) {
                context.cancellation().check();
                context.progress().advance(Math.min(256, n - r));
            }
            place(problem, decomposer, filter, r, out);
        }
        return out.build();
    }

    private void place(InitProblem problem, Decomposer decomposer, PieceFilter filter, int r, ResultBuilder out) {
        NewToken t = problem.tokens().get(r);
        int[] ids = t.baseIds();
        boolean boundaryKept = true;
        if (!options.useGivenIds() && !t.text().isEmpty()) {
            Decomposer.Decomposition d = decomposer.ofToken(t);
            if (d.ids().length > 0) {
                ids = d.ids();
                boundaryKept = d.boundaryKept();
            }
        }
        PieceFilter.Kept kept = filter.keep(ids);
        int[] pieces = kept.ids();
        if (!kept.refusal().isEmpty() || pieces.length == 0 || (kept.skipped() > 0 && onlyMarkers(problem, pieces))) {
            out.unplaced(r, name, !kept.refusal().isEmpty() ? kept.refusal()
                    : ids.length == 0 ? "empty decomposition"
                    : pieces.length == 0 ? "no usable piece among " + ids.length
                    : "only the word-start piece is left once " + kept.skipped() + " pieces are skipped");
            return;
        }
        Mixture in = Mixture.normalized(pieces, options.weighting().weights(pieces, problem.base()));
        String note = note(problem, pieces, kept.skipped(), boundaryKept);
        Mixtures.mix(problem.input(), in.ids(), in.weights(), out.rows(MatrixRole.INPUT), r);
        out.record(r, in.record(t.id(), MatrixRole.INPUT, name, note));
        if (!problem.tied()) {
            head(problem, r, pieces, in, note, out);
        }
    }

    private void head(InitProblem problem, int r, int[] pieces, Mixture in, String note, ResultBuilder out) {
        int id = problem.tokens().get(r).id();
        switch (options.head()) {
            case MEAN -> {
                Mixture h = options.headWeighting() == null ? in
                        : Mixture.normalized(pieces, options.headWeighting().weights(pieces, problem.base()));
                Mixtures.mix(problem.output(), h.ids(), h.weights(), out.rows(MatrixRole.OUTPUT), r);
                out.record(r, h.record(id, MatrixRole.OUTPUT, name, note));
            }
            case FIRST -> {
                Mixtures.copy(problem.output(), pieces[0], out.rows(MatrixRole.OUTPUT), r);
                out.record(r, Mixture.uniform(new int[] {pieces[0]}).record(id, MatrixRole.OUTPUT, name,
                        "lm_head row of the first piece; " + note));
            }
            case TIED -> {
                int d = problem.dim();
                System.arraycopy(out.rows(MatrixRole.INPUT).data(), r * d, out.rows(MatrixRole.OUTPUT).data(), r * d, d);
                out.record(r, TokenInit.sampled(id, MatrixRole.OUTPUT, name,
                        "input row copied into lm_head (head=tied): a mixture of input rows, not of lm_head rows; "
                                + note));
            }
            default -> throw new IllegalStateException(options.head().toString());
        }
    }

    /// Whether every kept piece is a bare word-start marker: its row says nothing about the skipped
    /// rest (`▁` + three skipped bytes of a CJK character), so such a token goes to the fallback.
    private static boolean onlyMarkers(InitProblem problem, int[] pieces) {
        for (int id : pieces) {
            if (!problem.base().text(id).equals(" ")) {
                return false;
            }
        }
        return true;
    }

    private static String note(InitProblem problem, int[] pieces, int skipped, boolean boundaryKept) {
        StringBuilder s = new StringBuilder("pieces");
        for (int k = 0; k < Math.min(pieces.length, MAX_LISTED); k++) {
            s.append(' ').append(problem.base().piece(pieces[k]));
        }
        if (pieces.length > MAX_LISTED) {
            s.append(" …");
        }
        if (skipped > 0) {
            s.append("; ").append(skipped).append(" skipped");
        }
        if (!boundaryKept) {
            s.append("; word-start status not kept");
        }
        return s.toString();
    }
}
