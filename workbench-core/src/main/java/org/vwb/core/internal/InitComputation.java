package org.vwb.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vwb.common.JobContext;
import org.vwb.core.InitRequest;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.InitStrategy;
import org.vwb.embedinit.Initializer;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.Origin;
import org.vwb.embedinit.Strategies;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.TokenizerView;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.vocab.TokenKind;

/// Runs the requested strategies on the base matrices: one run for a tied model (or for an untied one
/// with one method), two runs when the head has its own method (each run sees its matrix as a tied one
/// and its rows are relabelled), then the padding rows.
final class InitComputation {

    private InitComputation() {
    }

    /// New rows per role (tokens then padding, in id order), the head bias entries, the provenance.
    record Rows(Map<MatrixRole, FloatMatrix> rows, float[] bias, List<TokenInit> provenance, int padding) {
    }

    static Rows run(InitRequest r, BaseMatrices base, TokenizerView baseView, TokenizerView target,
                    List<NewToken> tokens, JobContext ctx) throws IOException {
        BitSet anchors = anchors(baseView, base.input().rows());
        InitStrategy method = Strategies.create(r.method(), r.options());
        InitStrategy fallback = Strategies.create(r.fallback(), Map.of());
        LinearAlgebra la = LinearAlgebra.lazy(); // fvt, ziptie, mean never load the native backend
        InitResult result;
        if (base.output() == null || r.headMethod() == null) {
            InitProblem p = new InitProblem(base.input(), base.output(), base.bias(), baseView, target, tokens,
                    anchors, r.seed(), la);
            result = Initializer.run(p, method, fallback, r.copyOverlap(), ctx);
        } else {
            InitProblem in = new InitProblem(base.input(), null, null, baseView, target, tokens, anchors, r.seed(), la);
            InitProblem out = new InitProblem(base.output(), null, base.bias(), baseView, target, tokens, anchors,
                    r.seed(), la);
            InitResult a = Initializer.run(in, method, fallback, r.copyOverlap(), ctx);
            InitResult b = Initializer.run(out, Strategies.create(r.headMethod(), r.headOptions()), fallback,
                    r.copyOverlap(), ctx);
            result = combine(a, b);
        }
        return pad(r.padToMultipleOf(), base, anchors, tokens, result);
    }

    /// Anchors: base ids of ordinary and byte pieces that have a row. Control, unknown, unused and
    /// user-defined entries and holes are left out: their rows are rarely or never trained. Byte pieces
    /// stay in, because zip-tie builds rows from byte-fallback decompositions (METHODS §4).
    static BitSet anchors(TokenizerView base, int rows) {
        BitSet anchors = new BitSet();
        for (int id = 0; id < Math.min(base.size(), rows); id++) {
            TokenKind kind = base.tokenKind(id);
            if ((kind == TokenKind.NORMAL || kind == TokenKind.BYTE) && !base.piece(id).isEmpty()) {
                anchors.set(id);
            }
        }
        return anchors;
    }

    private static InitResult combine(InitResult input, InitResult head) {
        Map<MatrixRole, FloatMatrix> rows = new EnumMap<>(MatrixRole.class);
        List<TokenInit> prov = new ArrayList<>(input.provenance());
        if (!input.rows().isEmpty()) {
            rows.put(MatrixRole.INPUT, input.rows(MatrixRole.INPUT));
            rows.put(MatrixRole.OUTPUT, head.rows(MatrixRole.INPUT));
        }
        for (TokenInit t : head.provenance()) {
            prov.add(new TokenInit(t.id(), MatrixRole.OUTPUT, t.method(), t.origin(), t.sourceIds(), t.weights(),
                    t.note()));
        }
        return new InitResult(rows, head.outputBias(), prov);
    }

    private static Rows pad(int multiple, BaseMatrices base, BitSet anchors, List<NewToken> tokens, InitResult r) {
        int total = base.input().rows() + tokens.size();
        int padded = (total + multiple - 1) / multiple * multiple;
        int padding = padded - total;
        int n = tokens.size() + padding;
        int d = base.input().cols();
        Map<MatrixRole, FloatMatrix> rows = new EnumMap<>(MatrixRole.class);
        List<TokenInit> prov = new ArrayList<>(r.provenance());
        int[] anchorIds = anchors.stream().toArray();
        List<MatrixRole> roles = base.output() == null ? List.of(MatrixRole.INPUT)
                : List.of(MatrixRole.INPUT, MatrixRole.OUTPUT);
        for (MatrixRole role : roles) {
            if (padding == 0) {
                // No padding rows: the strategy's rows are the new rows (on a 7B expansion by 20,000
                // tokens, a copy of 328 MB per role and a pass over the base matrix for the mean spared).
                if (n > 0) {
                    rows.put(role, r.rows(role));
                }
                continue;
            }
            float[] data = new float[n * d];
            if (!tokens.isEmpty()) {
                System.arraycopy(r.rows(role).data(), 0, data, 0, tokens.size() * d);
            }
            FloatMatrix source = role == MatrixRole.INPUT ? base.input() : base.output();
            double[] mean = mean(source, anchorIds);
            for (int p = 0; p < padding; p++) {
                for (int j = 0; j < d; j++) {
                    data[(tokens.size() + p) * d + j] = (float) mean[j];
                }
                prov.add(new TokenInit(total + p, role, "mean", Origin.MEAN, new int[0], new double[0],
                        "padding row (pad_to_multiple_of " + multiple + ")"));
            }
            rows.put(role, n == 0 ? null : new FloatMatrix(n, d, data));
        }
        rows.values().removeIf(java.util.Objects::isNull);
        float[] bias = r.outputBias();
        if (bias != null && padding > 0) {
            float[] b = java.util.Arrays.copyOf(bias, n);
            double m = 0;
            for (int id : anchorIds) {
                m += base.bias()[id];
            }
            java.util.Arrays.fill(b, tokens.size(), n, (float) (m / Math.max(1, anchorIds.length)));
            bias = b;
        }
        return new Rows(rows, bias, prov, padding);
    }

    private static double[] mean(FloatMatrix m, int[] ids) {
        double[] acc = new double[m.cols()];
        for (int id : ids) {
            for (int j = 0; j < acc.length; j++) {
                acc[j] += m.data()[id * acc.length + j];
            }
        }
        for (int j = 0; j < acc.length; j++) {
            acc[j] /= Math.max(1, ids.length);
        }
        return acc;
    }
}
