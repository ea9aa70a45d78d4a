package org.vwb.cli.command;

import java.util.Locale;

import org.vwb.core.DiagnoseResult;
import org.vwb.embedinit.diagnostics.HullMethod;
import org.vwb.embedinit.diagnostics.HullVerdict;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.MatrixReport;
import org.vwb.embedinit.report.StrategySummary;

/// The few lines `vwb diagnose` prints: where the report is, the verdict counts per matrix, one line per
/// strategy, the reconstruction scores of the base when they were measured, and the notes.
final class DiagnoseText {
    private DiagnoseText() {
    }

    static String format(DiagnoseResult result) {
        DiagnosticsReport r = result.report();
        StringBuilder s = new StringBuilder();
        s.append("report: ").append(result.out().resolve("report.html")).append(" (and report.json, tokens.csv,"
                + " strategies.csv, ").append(result.reconstruction().isPresent() ? "reconstruction.csv, " : "")
                .append(result.plots().size()).append(" plots)\n");
        s.append(String.format(Locale.ROOT, "new rows: %d (%d padding), head %s%n", r.rows().size(), r.paddingRows(),
                r.head().name().toLowerCase(Locale.ROOT)));
        for (MatrixReport m : r.matrices()) {
            s.append(String.format(Locale.ROOT, "%s: inside %d, outside %d, undecided %d (recorded mixture %d, screen %d,"
                    + " solver %d); tolerance %.3g = %.3g × median old norm %.4g%n", m.role().label(),
                    m.hull().count(HullVerdict.INSIDE), m.hull().count(HullVerdict.OUTSIDE),
                    m.hull().count(HullVerdict.UNDECIDED), m.hull().count(HullMethod.RECORDED_MIXTURE),
                    m.hull().count(HullMethod.SCREEN), m.hull().count(HullMethod.SOLVER), m.hull().tolerance(),
                    m.hull().tolerance() / m.hull().medianBaseNorm(), m.hull().medianBaseNorm()));
            if (m.dominance() != null) {
                long wins = java.util.Arrays.stream(m.dominance().fractions()).filter(x -> x > 0).count();
                s.append(String.format(Locale.ROOT, "  can dominate: %d of %d rows win the argmax in some of %d random"
                        + " directions%n", wins, m.newNorms().length, m.dominance().directions()));
            }
        }
        for (StrategySummary st : r.strategies()) {
            s.append(String.format(Locale.ROOT, "  %s %-14s %5d rows: inside %d, outside %d, undecided %d; median norm"
                    + " %.4g, mean cos to mean %.3f, median distance/norm [%.3g, %.3g]%n", st.role(), st.method(),
                    st.rows(), st.inside(), st.outside(), st.undecided(), st.medianNorm(), st.meanCosineToMean(),
                    st.medianRelativeLower(), st.medianRelativeUpper()));
        }
        result.reconstruction().ifPresent(rec -> {
            s.append(String.format(Locale.ROOT, "reconstruction on the base: %d held-out tokens (seed %d), ranked"
                    + " among them (* baseline; reconstruction.csv)%n", rec.heldOut().size(), rec.spec().seed()));
            for (MethodScore m : rec.scores()) {
                s.append(String.format(Locale.ROOT, "  %s %-14s MRR %.4f, P@1 %.3f, P@10 %.3f, mean cosine %.3f,"
                        + " coverage %.3f, CPU %.2f s%n", m.role().label(), m.method() + (m.baseline() ? "*" : ""),
                        m.mrr(), m.precisionAt1(), m.precisionAt10(), m.meanCosine(), m.coverage(), m.cpuSeconds()));
            }
        });
        for (String note : r.notes()) {
            s.append("note: ").append(note).append('\n');
        }
        return s.toString();
    }
}
