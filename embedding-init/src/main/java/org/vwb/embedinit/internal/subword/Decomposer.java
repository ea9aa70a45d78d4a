package org.vwb.embedinit.internal.subword;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.TokenizerView;
import org.vwb.vocab.TokenizerKind;

/// Splits a new token's text into base pieces **without changing whether it starts a word** (METHODS
/// §5.2 pitfall: FVT strips `▁`/`Ġ` and re-tokenizes, which makes SentencePiece continuation pieces
/// word-initial and byte-level word-initial pieces continuations).
///
/// Rules, by what the base encoder does with plain text:
/// - the token starts a word (its text has a leading space; in a WordPiece vocabulary its piece lacks
///   `##`; in a WordLevel one always): encode the text without its space. SentencePiece and metaspace
///   tokenizers add the `▁` themselves, WordPiece starts every word with a non-`##` piece. If the first
///   piece still does not start a word (byte-level BPE, or SentencePiece without a dummy prefix), encode
///   the text with its leading space (byte-level BPE keeps it as `Ġ`).
/// - the token continues a word: encode the plain text and keep it if its first piece is a continuation
///   (byte-level BPE). Otherwise encode `anchor + text` for a few short anchors (`0`, `x`, …), keep the
///   result only if it begins with exactly the anchor's own encoding and the next piece is a
///   continuation, and drop the anchor's pieces (SentencePiece: `▁0 ing` → `ing`; WordPiece: `0 ##ing`).
/// - if no rule gives the right kind of first piece, the plain encoding is used and
///   [Decomposition#boundaryKept()] is false, so the provenance can say so.
///
/// Not thread-safe (caches the anchors' encodings); one instance per strategy run.
public final class Decomposer {

    /// Characters that rarely merge with what follows them in any vocabulary (digits are split by
    /// Llama's `split_digits`; BERT has `##`-pieces after digits), tried in order.
    private static final List<String> ANCHORS = List.of("0", "7", "x", "q", "z", "k");

    private final TokenizerView base;
    private final TokenizerKind targetKind;
    private final Map<String, int[]> anchorIds = new HashMap<>();

    /// A decomposer over `base` for tokens of a tokenizer of kind `targetKind` (which decides how a new
    /// token marks a word start).
    public Decomposer(TokenizerView base, TokenizerKind targetKind) {
        this.base = base;
        this.targetKind = targetKind;
    }

    /// The base pieces of `token` with its word-start status kept where possible.
    public Decomposition ofToken(NewToken token) {
        boolean wordStart = startsWord(token);
        String text = token.text();
        String core = wordStart && text.startsWith(" ") ? text.substring(1) : text;
        return decompose(core, wordStart);
    }

    /// The base pieces of a whole word (a dictionary gloss), as it would appear after a space.
    public Decomposition ofWord(String word) {
        return decompose(word.strip(), true);
    }

    /// Whether a new token starts a word, by the target tokenizer's marker convention.
    boolean startsWord(NewToken token) {
        return switch (targetKind) {
            case HF_WORDPIECE -> !token.piece().startsWith("##");
            case HF_WORDLEVEL -> true;
            default -> token.text().startsWith(" ");
        };
    }

    /// Whether base piece `id` begins a word.
    boolean pieceStartsWord(int id) {
        return switch (base.kind()) {
            case HF_WORDPIECE -> !base.piece(id).startsWith("##");
            case HF_WORDLEVEL -> true;
            default -> base.text(id).startsWith(" ");
        };
    }

    private Decomposition decompose(String core, boolean wordStart) {
        if (core.isEmpty()) {
            return new Decomposition(new int[0], true);
        }
        int[] plain = base.encode(core);
        if (plain.length > 0 && pieceStartsWord(plain[0]) == wordStart) {
            return new Decomposition(plain, true);
        }
        if (wordStart) {
            int[] spaced = base.encode(" " + core);
            if (spaced.length > 0 && pieceStartsWord(spaced[0])) {
                return new Decomposition(spaced, true);
            }
        } else {
            for (String anchor : ANCHORS) {
                int[] tail = afterAnchor(anchor, core);
                if (tail != null) {
                    return new Decomposition(tail, true);
                }
            }
        }
        return new Decomposition(plain, plain.length == 0);
    }

    /// The pieces of `core` when it follows `anchor` inside one word, or `null` when the anchor merged
    /// with the text or the first remaining piece starts a word.
    private int[] afterAnchor(String anchor, String core) {
        int[] prefix = anchorIds.computeIfAbsent(anchor, base::encode);
        int[] all = base.encode(anchor + core);
        if (prefix.length == 0 || all.length <= prefix.length) {
            return null;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (all[k] != prefix[k]) {
                return null;
            }
        }
        if (pieceStartsWord(all[prefix.length])) {
            return null;
        }
        return java.util.Arrays.copyOfRange(all, prefix.length, all.length);
    }

    /// Base pieces and whether the first one has the token's word-start status.
    ///
    /// @param ids          the base ids in order (may be empty)
    /// @param boundaryKept false when no encoding gave a first piece of the token's kind (word start or
    ///                     continuation) and the plain encoding was used anyway
    public record Decomposition(int[] ids, boolean boundaryKept) {
        /// Copies the ids.
        public Decomposition {
            ids = ids.clone();
        }

        @Override
        public int[] ids() {
            return ids.clone();
        }
    }
}
