package org.vwb.embedinit.internal.subword;

import java.util.List;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.OptionSpec;
import org.vwb.embedinit.StrategyOptions;

/// The options shared by `fvt` and `ziptie` (they differ only in the default of `byte-pieces` and in
/// their names).
///
/// @param weighting      weights of the pieces for input rows
/// @param headWeighting  weights for lm_head rows when `head` is `mean` (`null` = same as `weighting`)
/// @param head           how an untied lm_head row is made
/// @param keepBytes      whether `<0xNN>` byte pieces contribute
/// @param skipNonAnchors whether non-anchor pieces are dropped (true) or leave the token unplaced
/// @param dropBareMarker whether a lone `▁`/`Ġ` piece is dropped
/// @param useGivenIds    whether [org.vwb.embedinit.NewToken#baseIds()] is used as is instead of re-encoding
public record SubwordOptions(PieceWeighting weighting, PieceWeighting headWeighting, Head head, boolean keepBytes,
                             boolean skipNonAnchors, boolean dropBareMarker, boolean useGivenIds) {

    /// How lm_head rows of an untied model are made.
    public enum Head {
        /// The same mixture (or `head-weighting`) over the lm_head rows of the pieces.
        MEAN,
        /// The lm_head row of the first kept piece ("probability of starting this string").
        FIRST,
        /// The new input row copied into lm_head (Bailong's "tied embedding" read literally).
        TIED
    }

    /// The option specs, with `byte-pieces` defaulting to `bytesDefault`.
    public static List<OptionSpec> specs(String bytesDefault) {
        return List.of(
                OptionSpec.choice("weighting", "uniform", "weights of the pieces: uniform (FVT), length (WVT), "
                        + "first-heavy or last-heavy (linear, tokensurgeon)", "uniform", "length", "first-heavy",
                        "last-heavy"),
                OptionSpec.choice("head-weighting", "same", "weights for untied lm_head rows when head=mean",
                        "same", "uniform", "length", "first-heavy", "last-heavy"),
                OptionSpec.choice("head", "mean", "untied lm_head rows: mean of the pieces' head rows, the first "
                        + "piece's head row, or a copy of the new input row (tied)", "mean", "first", "tied"),
                OptionSpec.choice("byte-pieces", bytesDefault, "whether <0xNN> byte-fallback pieces contribute",
                        "skip", "keep"),
                OptionSpec.of("skip-non-anchors", OptionSpec.Type.BOOLEAN, "true",
                        "drop pieces that are not anchors (false: such tokens stay unplaced)"),
                OptionSpec.of("drop-bare-marker", OptionSpec.Type.BOOLEAN, "false",
                        "drop a lone word-start piece (▁ or Ġ on its own)"),
                OptionSpec.choice("decompose", "encode", "encode: re-encode the text with the base tokenizer "
                        + "keeping the word start; given: use the token's recorded base ids", "encode", "given"));
    }

    /// Reads validated options.
    public static SubwordOptions from(StrategyOptions o) throws InitInputException {
        String hw = o.string("head-weighting");
        return new SubwordOptions(PieceWeighting.of(o.string("weighting")),
                hw.equals("same") ? null : PieceWeighting.of(hw),
                Head.valueOf(o.string("head").toUpperCase(java.util.Locale.ROOT)),
                o.string("byte-pieces").equals("keep"), o.bool("skip-non-anchors"), o.bool("drop-bare-marker"),
                o.string("decompose").equals("given"));
    }
}
