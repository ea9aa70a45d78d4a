package org.vwb.embedinit.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.diagnostics.RowVerdict;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.embedinit.report.StrategySummary;

/// Per-strategy summaries of a matrix's new rows (groups in order of first appearance).
public final class Summaries {
    private Summaries() {}

    /// One summary per strategy that made rows of `m`.
    public static List<StrategySummary> of(MatrixReport m) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < m.newNorms().length; k++) {
            groups.computeIfAbsent(m.method(k), x -> new ArrayList<>()).add(k);
        }
        List<StrategySummary> out = new ArrayList<>();
        groups.forEach((method, rows) -> out.add(summary(m, method, rows)));
        return out;
    }

    private static StrategySummary summary(MatrixReport m, String method, List<Integer> rows) {
        int n = rows.size();
        Map<String, Integer> origins = new TreeMap<>();
        double[] norms = new double[n];
        double[] cos = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] top = new double[n];
        double[] dom = new double[n];
        long[] verdicts = new long[HullVerdict.values().length];
        for (int i = 0; i < n; i++) {
            int k = rows.get(i);
            origins.merge(m.origin(k), 1, Integer::sum);
            norms[i] = m.newNorms()[k];
            cos[i] = m.newCosToMean()[k];
            RowVerdict v = m.hull().rows().get(k);
            verdicts[v.verdict().ordinal()]++;
            lower[i] = v.relativeLower();
            upper[i] = v.relativeUpper();
            top[i] = m.neighbours().get(k).cosines()[0];
            dom[i] = m.dominance() == null ? Double.NaN : m.dominance().fractions()[k];
        }
        return new StrategySummary(m.role().label(), method, n, origins, Geometry.median(norms), Geometry.mean(cos),
                verdicts[HullVerdict.INSIDE.ordinal()], verdicts[HullVerdict.OUTSIDE.ordinal()],
                verdicts[HullVerdict.UNDECIDED.ordinal()], Geometry.median(lower), Geometry.median(upper),
                Geometry.mean(top), Geometry.mean(dom));
    }
}
