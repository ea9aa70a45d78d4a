package org.vwb.cli.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.eval.ReconstructionSpec;
import org.vwb.embedinit.eval.ReductionCheck;

/// The reconstruction benchmark as a terminal table: what was held out, what was verified, one ranking
/// per matrix (best MRR first; baselines marked `*`), then each method's strategy and options.
public final class ReconstructionText {
    private static final String CELLS = " %7s %7s %7s %9s %9s %8s %8s%n";

    private ReconstructionText() {
    }

    /// Formats `report` as lines of text ending in a newline.
    public static String format(ReconstructionReport report) {
        ReconstructionSpec spec = report.spec();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "tokenizer: %s (%s, %,d ids); embedding %,d × %d%n", report.tokenizer(),
                report.kind().name().toLowerCase(Locale.ROOT), report.vocabularySize(), report.rows(), report.dim()));
        sb.append(String.format(Locale.ROOT, "held out: %,d of %,d eligible tokens (%,d normal; cosine to the mean row"
                + " < %s%s%s; seed %d)%n", report.heldOut().size(), report.eligible(), report.normalTokens(),
                spec.maxMeanCosine(), spec.wholeWords() ? "; whole words" : "",
                spec.minFrequency() > 0 ? "; corpus frequency >= " + spec.minFrequency() : "", spec.seed()));
        ReductionCheck c = report.check();
        sb.append(String.format(Locale.ROOT, "reduced tokenizer: no held-out piece produced; %,d decompositions empty,"
                + " %,d with a non-anchor piece; %,d of %,d other tokens encode differently%n", c.emptyDecompositions(),
                c.unknownDecompositions(), c.othersChanged(), c.othersChecked()));
        int width = Math.max(12, report.scores().stream().mapToInt(x -> label(x).length()).max().orElse(0));
        String row = "%-" + width + "s" + CELLS;
        for (MatrixRole role : report.roles()) {
            sb.append('\n').append(role == MatrixRole.INPUT ? "input embedding" : "output embedding (lm_head)")
                    .append(" — rank of the true row among the ").append(report.heldOut().size())
                    .append(" held-out rows\n");
            sb.append(String.format(Locale.ROOT, row, "method", "MRR", "P@1", "P@10", "mean cos", "coverage", "CPU s",
                    "wall s"));
            List<MethodScore> ranked = report.scores(role).stream()
                    .sorted(Comparator.comparingDouble(MethodScore::mrr).reversed()).toList();
            for (MethodScore s : ranked) {
                sb.append(String.format(Locale.ROOT, row, label(s), f4(s.mrr()), f4(s.precisionAt1()),
                        f4(s.precisionAt10()), f4(s.meanCosine()),
                        String.format(Locale.ROOT, "%.1f%%", 100 * s.coverage()),
                        String.format(Locale.ROOT, "%.2f", s.cpuSeconds()),
                        String.format(Locale.ROOT, "%.2f", s.wallSeconds())));
            }
        }
        sb.append("* baseline. Coverage: share placed by the method itself (the rest by the fallback ")
                .append(spec.fallback()).append(").\n");
        for (MethodScore s : report.scores(report.roles().get(0))) {
            if (!s.method().equals(s.strategy()) || !s.options().isEmpty()) {
                sb.append(s.method()).append(" = ").append(s.strategy()).append(options(s.options())).append('\n');
            }
        }
        return sb.toString();
    }

    /// The run's label, with `*` for a baseline.
    static String label(MethodScore s) {
        return s.method() + (s.baseline() ? "*" : "");
    }

    /// ` key=value …` sorted by key; a path-like value is shortened to its file name.
    private static String options(Map<String, String> options) {
        return options.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> " " + e.getKey() + "="
                + (e.getValue().contains("/") ? java.nio.file.Path.of(e.getValue()).getFileName() : e.getValue()))
                .collect(Collectors.joining());
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
