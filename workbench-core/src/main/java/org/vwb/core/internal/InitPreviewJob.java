package org.vwb.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vwb.common.JobContext;
import org.vwb.core.InitPreview;
import org.vwb.core.InitPreviewRequest;
import org.vwb.core.InitRequest;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.TokenizerView;
import org.vwb.numeric.FloatMatrix;

/// The GUI's init preview: the computation of `vwb init` ([InitComputation] on [InitInputs]) for the
/// first new tokens, reported per token instead of written.
public final class InitPreviewJob {

    private InitPreviewJob() {
    }

    /// Runs the request.
    public static InitPreview run(InitPreviewRequest r, JobContext ctx) throws IOException {
        ctx.progress().begin("reading base matrices", -1);
        BaseMatrices base = BaseMatrices.read(r.model());
        ctx.cancellation().check();
        ctx.progress().begin("opening tokenizers", -1);
        try (InitInputs in = InitInputs.open(r.model(), r.tokenizer(), base.input().rows())) {
            List<NewToken> tokens = r.limit() == 0 ? in.tokens : in.tokens.subList(0, Math.min(r.limit(), in.tokens.size()));
            ctx.progress().begin("initialising " + tokens.size() + " rows with " + r.method(), -1);
            // The same request `vwb init` builds; `out` is never written here.
            InitRequest init = new InitRequest(r.model(), r.tokenizer(), r.method(), r.options(), r.headMethod(),
                    r.headOptions(), r.fallback(), r.copyOverlap(), 1, r.seed(), Path.of("unused"), false);
            InitComputation.Rows rows = InitComputation.run(init, base, in.base, in.target, tokens, ctx);
            return preview(r, base, in.base, in.tokens.size(), tokens, rows);
        }
    }

    private static InitPreview preview(InitPreviewRequest r, BaseMatrices base, TokenizerView baseView, int total,
                                       List<NewToken> tokens, InitComputation.Rows rows) {
        int first = base.input().rows();
        Map<Integer, String> pieces = new TreeMap<>();
        tokens.forEach(t -> pieces.put(t.id(), t.piece()));
        List<InitPreview.Row> input = rows(MatrixRole.INPUT, r.method(), rows, first, pieces, baseView);
        // The head's rows come from its own method when it has one, else from the input's.
        List<InitPreview.Row> head = rows.rows().containsKey(MatrixRole.OUTPUT) ? rows(MatrixRole.OUTPUT,
                r.headMethod() != null ? r.headMethod() : r.method(), rows, first, pieces, baseView) : List.of();
        Map<String, Integer> byMethod = new TreeMap<>();
        Map<String, Integer> byOrigin = new TreeMap<>();
        for (InitPreview.Row row : input) {
            byMethod.merge(row.method(), 1, Integer::sum);
            byOrigin.merge(row.origin(), 1, Integer::sum);
        }
        return new InitPreview(first, total, input, byMethod, byOrigin, head);
    }

    /// The previewed rows of one matrix, in id order.
    private static List<InitPreview.Row> rows(MatrixRole role, String method, InitComputation.Rows rows, int first,
                                              Map<Integer, String> pieces, TokenizerView baseView) {
        FloatMatrix m = rows.rows().get(role);
        List<InitPreview.Row> out = new ArrayList<>();
        for (TokenInit t : rows.provenance()) {
            if (t.role() != role || !pieces.containsKey(t.id())) {
                continue;
            }
            boolean fallback = !t.method().equals(method) && !t.method().equals("copy");
            out.add(new InitPreview.Row(t.id(), pieces.get(t.id()), t.method(), t.origin().name(), fallback,
                    sources(t, baseView), norm(m, t.id() - first), t.note()));
        }
        out.sort(Comparator.comparingInt(InitPreview.Row::id));
        return out;
    }

    private static List<InitPreview.Source> sources(TokenInit t, TokenizerView base) {
        int[] ids = t.sourceIds();
        double[] w = t.weights();
        List<InitPreview.Source> all = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            all.add(new InitPreview.Source(ids[i], ids[i] < base.size() ? base.piece(ids[i]) : "", w[i]));
        }
        all.sort(Comparator.comparingDouble((InitPreview.Source s) -> -Math.abs(s.weight())).thenComparingInt(InitPreview.Source::id));
        return all.subList(0, Math.min(InitPreview.TOP_SOURCES, all.size()));
    }

    private static double norm(FloatMatrix m, int row) {
        double s = 0;
        int d = m.cols();
        for (int j = 0; j < d; j++) {
            double v = m.data()[row * d + j];
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
