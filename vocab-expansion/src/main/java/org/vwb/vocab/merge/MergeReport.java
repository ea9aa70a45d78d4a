package org.vwb.vocab.merge;

import java.util.List;

/// The outcome of a merge, written as `merge-report.json` in the output folder.
///
/// @param format                  `vwb.merge-report/1`
/// @param base                    the base folder
/// @param output                  the output folder
/// @param baseKind                the base tokenizer's shape
/// @param oldSize                 ids before the merge
/// @param newSize                 ids after the merge
/// @param candidatesRead          rows or imported pieces read
/// @param alreadyPresent          candidates the base already has
/// @param added                   candidate pieces added (a candidate needed early as part of another counts once)
/// @param addedCharacters         single characters added because the base covers them only by byte fallback
/// @param addedCjkCharacters      of those, CJK ideographs
/// @param intermediates           pieces added between the base segmentation and a candidate
/// @param partsCorrected          candidates whose given parts were not the pair the tokenizer arrives at
/// @param mergesWithoutNewPiece   merges added for existing pieces the base never reached from those parts
///                                (byte-level BPE only)
/// @param droppedUnreachable      pieces dropped because the engine did not produce them (with a warning)
/// @param skipped                 candidates not added because they need a dropped piece
/// @param checks                  one entry per written tokenizer file
/// @param modelJsonDisagreements  texts on which the new tokenizer.model and tokenizer.json give different ids
///                                although the base files agree on them, plus added-piece texts on which they
///                                differ (-1 when only one file is written)
/// @param baseModelJsonDisagreements texts on which the base files already disagree (left out above)
/// @param files                   the files written
public record MergeReport(String format, String base, String output, String baseKind, int oldSize, int newSize,
        int candidatesRead, int alreadyPresent, int added, int addedCharacters, int addedCjkCharacters,
        int intermediates, int partsCorrected, int mergesWithoutNewPiece, List<String> droppedUnreachable, List<String> skipped,
        List<EngineCheck> checks, int modelJsonDisagreements, int baseModelJsonDisagreements, List<String> files) {

    /// Format tag of the JSON file.
    public static final String FORMAT = "vwb.merge-report/1";

    /// Copies the lists.
    public MergeReport {
        droppedUnreachable = List.copyOf(droppedUnreachable);
        skipped = List.copyOf(skipped);
        checks = List.copyOf(checks);
        files = List.copyOf(files);
    }

    /// Unreachable pieces left after dropping, summed over the engines (the target is 0).
    public int unreachable() {
        return checks.stream().mapToInt(c -> c.unreachable().size()).sum();
    }

    /// English lines whose ids changed, summed over the engines (the target is 0).
    public int englishLinesChanged() {
        return checks.stream().mapToInt(EngineCheck::englishLinesChanged).sum();
    }
}
