package org.vwb.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vwb.vocab.merge.EngineCheck;
import org.vwb.vocab.merge.MergeReport;

/// The lines a front end shows for a [MergeReport]: sizes, what was added, and the three checks the
/// merge promises (every piece reachable, English ids unchanged, lossless round trip), a failed check
/// marked as a warning.
public final class MergeReportLines {

    private MergeReportLines() {
    }

    /// The lines for `r`, in display order.
    public static List<SummaryLine> of(MergeReport r) {
        List<SummaryLine> out = new ArrayList<>();
        out.add(line("Folder", r.output(), false));
        out.add(line("Ids", f("%,d → %,d (%s)", r.oldSize(), r.newSize(), r.baseKind().toLowerCase(Locale.ROOT)), false));
        out.add(line("Added", f("%,d of %,d candidates (%,d already present); byte-fallback characters added: %,d"
                + " (CJK %,d); intermediate pieces: %,d", r.added(), r.candidatesRead(), r.alreadyPresent(),
                r.addedCharacters(), r.addedCjkCharacters(), r.intermediates()), false));
        String dropped = r.droppedUnreachable().isEmpty() ? "none dropped"
                : f("%,d dropped: %s", r.droppedUnreachable().size(), String.join(" ", r.droppedUnreachable()));
        out.add(line("Unreachable", r.unreachable() == 0
                ? f("%s; the engines produce every added piece from its own text", dropped)
                : f("%s; %,d still unreachable", dropped, r.unreachable()), r.unreachable() > 0));
        // Every engine checks the same English lines: name the count once, and the changes summed.
        int english = r.checks().stream().mapToInt(EngineCheck::englishLines).max().orElse(0);
        String files = r.checks().size() > 1 ? " in each of the " + r.checks().size() + " tokenizer files" : "";
        out.add(line("English ids", r.englishLinesChanged() == 0
                ? f("unchanged on all %,d English lines checked%s", english, files)
                : f("changed on %,d English lines of %,d checked, summed over the tokenizer files",
                        r.englishLinesChanged(), english), r.englishLinesChanged() > 0));
        for (EngineCheck c : r.checks()) {
            out.add(line(c.file(), f("unreachable %,d of %,d, English lines changed %,d of %,d, round-trip mismatches"
                    + " %,d of %,d, added tokens moved %,d", c.unreachable().size(), c.piecesChecked(),
                    c.englishLinesChanged(), c.englishLines(), c.roundTripMismatches(), c.corpusLines(),
                    c.addedTokensMoved()), !c.unreachable().isEmpty() || c.englishLinesChanged() > 0
                    || c.roundTripMismatches() > 0 || c.addedTokensMoved() > 0));
        }
        if (r.modelJsonDisagreements() >= 0) {
            out.add(line("model vs json", f("%,d disagreements between tokenizer.model and tokenizer.json",
                    r.modelJsonDisagreements()), r.modelJsonDisagreements() > 0));
        }
        return List.copyOf(out);
    }

    private static SummaryLine line(String label, String value, boolean warning) {
        return new SummaryLine(label, List.of(value), warning);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
