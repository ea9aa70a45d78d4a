package org.vwb.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vwb.core.ExpandPlan;
import org.vwb.core.ExpandSummary;
import org.vwb.core.InitSummary;
import org.vwb.core.SummaryLines;
import org.vwb.model.ModelSummary;

/// The Export screen's lines: the plan of a run and what the run did, from the core's records.
final class ExportRows {

    private ExportRows() {
    }

    /// What `vwb expand --dry-run` says, as lines.
    static List<SummaryRow> plan(ExpandPlan p) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Stages", String.join(" → ", p.stages()), false));
        rows.add(new SummaryRow("Output", p.output() + (p.outputExists() ? " — exists already: Run replaces it only with Overwrite" : " (new)"),
                p.outputExists()));
        rows.add(new SummaryRow("Base tensors", SummaryLines.bytes(p.baseBytes()) + (p.tied() ? ", tied head" : ", untied head"), false));
        rows.add(new SummaryRow("New rows", String.format(Locale.ROOT, "%,d (%s), plus the characters the merge needs",
                p.newRows(), SummaryLines.bytes(p.newRowBytes())), false));
        rows.add(new SummaryRow("Disk space", SummaryLines.bytes(p.neededBytes()) + " needed, " + SummaryLines.bytes(p.usableBytes())
                + " usable" + (p.enoughSpace() ? "" : " — not enough space"), !p.enoughSpace()));
        return List.copyOf(rows);
    }

    /// What the run did, with the written folder's own summary (`inspect` of the output).
    static List<SummaryRow> result(ExpandSummary s, ModelSummary written) {
        InitSummary init = s.init();
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Output", s.output().toString(), false));
        boolean sizeOk = written.vocabSize() == s.newSize();
        rows.add(new SummaryRow("Verified", sizeOk
                ? String.format(Locale.ROOT, "yes — verified before it was moved into place; vocab_size %,d = %,d base + %,d new%s",
                        written.vocabSize(), init.baseRows(), init.newTokens(),
                        init.paddingRows() > 0 ? " + " + init.paddingRows() + " padding" : "")
                : "vocab_size " + written.vocabSize() + " but " + s.newSize() + " rows were written", !sizeOk));
        rows.add(new SummaryRow("Vocabulary", String.format(Locale.ROOT, "%,d → %,d ids (%,d pieces added, %,d unreachable dropped)",
                s.oldSize(), s.newSize(), s.added(), s.unreachable()), s.unreachable() > 0));
        rows.add(new SummaryRow("Tokens per char", Double.isNaN(s.before()) ? "no corpus to measure on"
                : SelectionMeasure.figure(s.before(), s.after()), false));
        rows.add(new SummaryRow("Rows by method", Counts.text(init.byMethod()), false));
        rows.add(new SummaryRow("Rows by origin", Counts.text(init.byOrigin()), false));
        rows.add(new SummaryRow("Fallbacks", init.fallbackIds().isEmpty() ? "none"
                : init.fallbackIds().size() + " rows made by " + "the fallback", !init.fallbackIds().isEmpty()));
        List<String> times = new ArrayList<>();
        s.stageMillis().forEach((k, v) -> times.add(String.format(Locale.ROOT, "%s %,d ms", k, v)));
        rows.add(new SummaryRow("Stage times", String.join(", ", times), false));
        return List.copyOf(rows);
    }
}
