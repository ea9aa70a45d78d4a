package org.vwb.vocab.merge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.vwb.common.JobContext;
import org.vwb.vocab.CorpusFormatException;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.internal.CorpusBatches;
import org.vwb.vocab.internal.Scripts;
import org.vwb.vocab.mine.Script;

/// The pieces of another tokenizer that a base tokenizer lacks, as candidates to add: what
/// `vwb tokenizer merge --add other/tokenizer.json` imports, listed before merging, with how often the
/// other tokenizer emits each one on a corpus.
///
/// Pieces are compared by the text they stand for, so `▁中国` (SentencePiece), `Ġä¸ŃåĽ½` (byte-level BPE)
/// and ` 中国` (an added token) are the same piece; byte, control and unknown entries and byte-level pieces
/// cut inside a UTF-8 character are skipped.
public final class TokenizerImport {

    /// Characters per corpus batch handed to a worker.
    private static final int BATCH_CHARS = 1 << 16;

    private TokenizerImport() {
    }

    /// A piece of the other tokenizer that the base lacks.
    ///
    /// @param otherId   its id in the other tokenizer
    /// @param piece     the piece as the base spells it (`▁` for a space, or the GPT-2 byte alphabet)
    /// @param text      the text it stands for
    /// @param frequency how often the other tokenizer emits it on the corpus (0 without a corpus)
    public record Piece(int otherId, String piece, String text, long frequency) {
        /// Checks the parts.
        public Piece {
            Objects.requireNonNull(piece, "piece");
            Objects.requireNonNull(text, "text");
        }
    }

    /// The pieces found, in the other tokenizer's id order.
    ///
    /// @param source the tokenizer file they were read from
    /// @param pieces the pieces the base lacks
    /// @param lines  corpus lines encoded (0 without a corpus)
    public record Result(Path source, List<Piece> pieces, long lines) {
        /// Copies the list.
        public Result {
            Objects.requireNonNull(source, "source");
            pieces = List.copyOf(pieces);
        }
    }

    /// The tokenizer file `vwb tokenizer merge` imports from `path`: the file itself, or inside a folder
    /// `tokenizer.json` when present, else `tokenizer.model`.
    public static Path tokenizerFile(Path path) {
        return CandidateImport.tokenizerFile(path);
    }

    /// Lists the pieces of `other` (a tokenizer file or folder) whose text passes `script` and that the base
    /// tokenizer in `baseFolder` lacks, counting on `corpus` (UTF-8 text files, may be empty) how often
    /// `other` emits each one, with `threads` workers.
    ///
    /// @throws org.vwb.vocab.TokenizerFormatException for a bad base or other tokenizer (naming the file)
    /// @throws java.nio.file.NoSuchFileException for a missing file
    /// @throws org.vwb.vocab.CorpusFormatException for a corpus file that is not UTF-8 or a corpus without text
    public static Result read(Path baseFolder, Path other, Script script, List<Path> corpus, int threads,
            JobContext ctx) throws IOException {
        ctx.progress().begin("reading the base tokenizer", -1);
        BaseTokenizer base = BaseTokenizer.open(baseFolder);
        Set<String> present = texts(base);
        ctx.cancellation().check();
        Path file = tokenizerFile(other);
        ctx.progress().begin("reading " + file.getFileName(), -1);
        Vocabulary vocabulary = Vocabulary.read(file);
        List<CandidateImport.Decoded> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CandidateImport.Decoded d : CandidateImport.wholePieces(vocabulary, filter(script))) {
            if (!present.contains(d.text()) && seen.add(d.text())) {
                missing.add(d);
            }
        }
        ctx.cancellation().check();
        long[] counts = new long[vocabulary.size()];
        long lines = corpus.isEmpty() || missing.isEmpty() ? 0 : count(file, corpus, threads, counts, ctx);
        List<Piece> out = new ArrayList<>(missing.size());
        for (CandidateImport.Decoded d : missing) {
            int id = d.token().id();
            out.add(new Piece(id, base.spell(d.text()), d.text(), counts[id]));
        }
        return new Result(file, out, lines);
    }

    /// Which texts `script` lets in; the same tests mining applies to a new piece.
    static Predicate<String> filter(Script script) {
        return switch (Objects.requireNonNull(script, "script")) {
            case CJK -> Scripts::allCjk;
            case CJK_WORD_START -> t -> Scripts.cjkAfterSpace(t, false);
            case CJK_PUNCTUATION -> t -> Scripts.cjkWithPunctuation(t, false);
            case ANY -> t -> !t.isBlank();
        };
    }

    /// The texts the base produces as one piece: its normal, user-defined and added entries (in both files).
    private static Set<String> texts(BaseTokenizer base) {
        Set<String> out = new HashSet<>();
        for (Vocabulary v : new Vocabulary[] {base.model() == null ? null : base.model().vocabulary(),
            base.json() == null ? null : base.json().vocabulary()}) {
            if (v == null) {
                continue;
            }
            for (Token t : v.tokens()) {
                if (t.kind() == TokenKind.NORMAL || t.kind() == TokenKind.USER_DEFINED || t.kind() == TokenKind.ADDED) {
                    out.add(v.decodedText(t));
                }
            }
        }
        return out;
    }

    /// Encodes the corpus with `file`'s engine and adds each id's occurrences to `counts`.
    private static long count(Path file, List<Path> corpus, int threads, long[] counts, JobContext ctx)
            throws IOException {
        try (TokenizerEncoder encoder = TokenizerEncoder.open(file)) {
            CorpusBatches.Result<long[]> read = CorpusBatches.run(corpus, threads, BATCH_CHARS,
                    () -> new long[counts.length], (tally, lines) -> {
                        for (int[] ids : encoder.encodeAll(lines)) {
                            for (int id : ids) {
                                if (id < tally.length) { // the engine's ids are the file's; guard anyway
                                    tally[id]++;
                                }
                            }
                        }
                    }, ctx.progress(), ctx.cancellation());
            if (read.lines() == 0) {
                throw new CorpusFormatException(CorpusFormatException.Reason.EMPTY, String.join(", ",
                        corpus.stream().map(Path::toString).toList()) + ": the corpus holds no text (empty or blank files)");
            }
            for (long[] tally : read.states()) {
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += tally[i];
                }
            }
            return read.lines();
        }
    }
}
