package org.vwb.bench.vocab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.vwb.common.JobContext;
import org.vwb.vocab.mine.Candidate;
import org.vwb.vocab.mine.CandidateCsv;
import org.vwb.vocab.mine.Projection;
import org.vwb.vocab.mine.SubwordMiner;

/// Tokens per CJK character on held-out text once the first K mined rows are added, projected by
/// applying them as continued merges ([SubwordMiner#project]); and how many lines of a second (English)
/// file they change.
///
/// Usage: `HeldOutProjection BASE CANDIDATES.csv HELD_OUT_ZH HELD_OUT_EN K...`
public final class HeldOutProjection {

    private HeldOutProjection() {
    }

    /// Prints one Markdown table row per K.
    public static void main(String[] args) throws IOException {
        Path base = Path.of(args[0]);
        List<Candidate> all = CandidateCsv.read(Path.of(args[1]));
        Path zh = Path.of(args[2]);
        Path en = Path.of(args[3]);
        System.out.println("| added rows | held-out tokens | tokens per CJK character | lines changed (zh) | English lines changed |");
        System.out.println("|---|---|---|---|---|");
        Projection before = SubwordMiner.project(base, List.of(), List.of(zh), 2, JobContext.silent());
        System.out.printf(Locale.ROOT, "| 0 | %,d | %.3f | 0 of %,d | 0 |%n", before.baseTokens(),
                before.baseTokensPerCjkCharacter(), before.lines());
        for (int i = 4; i < args.length; i++) {
            int k = Integer.parseInt(args[i]);
            List<Candidate> top = all.subList(0, Math.min(k, all.size()));
            Projection p = SubwordMiner.project(base, top, List.of(zh), 2, JobContext.silent());
            Projection e = SubwordMiner.project(base, top, List.of(en), 2, JobContext.silent());
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.3f | %,d of %,d | %,d of %,d |%n", top.size(), p.projectedTokens(),
                    p.projectedTokensPerCjkCharacter(), p.changedLines(), p.lines(), e.changedLines(), e.lines());
        }
    }
}
