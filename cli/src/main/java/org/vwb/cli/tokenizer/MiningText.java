package org.vwb.cli.tokenizer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.vwb.vocab.mine.Candidate;
import org.vwb.vocab.mine.MiningResult;
import org.vwb.vocab.mine.MiningStats;

/// What `vwb tokenizer mine` prints after writing the CSV: the corpus seen by the base, the projection,
/// and the first rows.
public final class MiningText {
    private static final int SHOWN = 10;

    private MiningText() {
    }

    /// The summary, lines ending in a newline.
    public static String format(MiningResult r, Path out) {
        MiningStats s = r.stats();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "wrote %,d candidates to %s%n", r.candidates().size(), out));
        sb.append(String.format(Locale.ROOT, "corpus: %,d lines, %,d characters, %,d CJK; %,d distinct segments"
                + " (%,d symbols); %,d merges learned, %,d byte-fallback characters%n", s.lines(), s.characters(),
                s.cjkCharacters(), s.distinctSegments(), s.segmentSymbols(), s.mergesLearned(), s.byteFallbackCharacters()));
        sb.append(String.format(Locale.ROOT, "base tokens: %,d%s; with these pieces: %,d%s (on the mining corpus)%n",
                s.baseTokens(), perCjk(s.baseTokens(), s), r.projectedTokens(), perCjk(r.projectedTokens(), s)));
        List<Candidate> shown = r.candidates().subList(0, Math.min(SHOWN, r.candidates().size()));
        for (Candidate c : shown) {
            sb.append(String.format(Locale.ROOT, "  %-12s saved %,d%s%n", c.piece(), c.tokensSaved(),
                    c.isCharacter() ? " (byte-fallback character)" : " = " + c.left() + " + " + c.right()));
        }
        return sb.toString();
    }

    private static String perCjk(long tokens, MiningStats s) {
        return s.cjkCharacters() == 0 ? "" : String.format(Locale.ROOT, " (%.3f per CJK character)", (double) tokens / s.cjkCharacters());
    }
}
