package org.vwb.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vwb.common.Job;
import org.vwb.common.JobContext;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.fertility.FertilityAnalyzer;
import org.vwb.vocab.fertility.FertilityReport;
import org.vwb.vocab.merge.MergeReport;
import org.vwb.vocab.merge.MergeRequest;
import org.vwb.vocab.merge.TokenizerImport;
import org.vwb.vocab.merge.TokenizerMerge;
import org.vwb.vocab.mine.Candidate;
import org.vwb.vocab.mine.CandidateCsv;
import org.vwb.vocab.mine.MiningResult;
import org.vwb.vocab.mine.SubwordMiner;

/// The candidate-table, selection and tokenization jobs behind the Candidates screen; each delegates to
/// vocab-expansion (mining, the candidates CSV, the merge, the fertility report, the native engines).
final class CandidateJobs {

    private static final String METASPACE = "\u2581";
    /// Rows per cancellation check and progress report while decomposing.
    private static final int CHUNK = 256;

    private CandidateJobs() {
    }

    static Job<CandidateTable> mine(MineRequest r) {
        return ctx -> {
            MiningResult result = SubwordMiner.mine(r.base(), r.corpus(), r.options(), ctx);
            ctx.cancellation().check();
            ctx.progress().begin("writing " + r.out().getFileName(), -1);
            CandidateCsv.write(r.out(), result);
            return new CandidateTable(r.base(), r.out(), entries(r.base(), result.candidates(), ctx),
                    Optional.of(result.stats()));
        };
    }

    static Job<CandidateTable> read(CandidateTableRequest r) {
        return ctx -> {
            ctx.cancellation().check();
            ctx.progress().begin("reading " + r.csv().getFileName(), -1);
            List<Candidate> rows = CandidateCsv.read(r.csv());
            return new CandidateTable(r.base(), r.csv(), entries(r.base(), rows, ctx), Optional.empty());
        };
    }

    /// The other tokenizer's pieces the base lacks, decomposed by the base; with a corpus, each row's
    /// tokens saved is `frequency × (base tokens − 1)` and the rows go best first, else in the other
    /// tokenizer's id order. A text the base encodes as one token is not a candidate.
    static Job<CandidateTable> importTable(ImportCandidatesRequest r) {
        return ctx -> {
            ctx.cancellation().check();
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            TokenizerImport.Result found = TokenizerImport.read(r.base(), r.tokenizer(), r.script(), r.corpus(),
                    threads, ctx);
            List<Candidate> rows = found.pieces().stream()
                    .map(p -> new Candidate(p.piece(), p.text(), p.frequency(), 0, "", "")).toList();
            List<CandidateEntry> decomposed = entries(r.base(), rows, ctx);
            List<CandidateEntry> kept = new ArrayList<>(decomposed.size());
            for (CandidateEntry e : decomposed) {
                if (e.baseTokens().size() > 1) {
                    kept.add(new CandidateEntry(1, e.piece(), e.text(), e.frequency(),
                            e.frequency() * (e.baseTokens().size() - 1), "", "", e.baseTokens()));
                }
            }
            if (!r.corpus().isEmpty()) {
                // A stable sort: equal rows keep the other tokenizer's id order.
                kept.sort(Comparator.comparingLong(CandidateEntry::tokensSaved).reversed()
                        .thenComparing(Comparator.comparingLong(CandidateEntry::frequency).reversed()));
            }
            List<CandidateEntry> ranked = new ArrayList<>(kept.size());
            for (CandidateEntry e : kept) {
                ranked.add(new CandidateEntry(ranked.size() + 1, e.piece(), e.text(), e.frequency(), e.tokensSaved(),
                        "", "", e.baseTokens()));
            }
            return new CandidateTable(r.base(), found.source(), ranked, Optional.empty());
        };
    }

    static Job<MergeReport> merge(SelectionRequest r) {
        return ctx -> mergeRows(r, r.corpus(), ctx);
    }

    static Job<SelectionFertility> measure(SelectionRequest r) {
        return ctx -> {
            // The corpus is measured below; checking it again in the merge would only cost time.
            MergeReport merge = mergeRows(r, List.of(), ctx);
            ctx.cancellation().check();
            FertilityReport f = FertilityAnalyzer.analyze(r.base(), Optional.of(r.out()), r.corpus(), 1, 0, ctx);
            return new SelectionFertility(merge, f.base(), f.compare().orElseThrow());
        };
    }

    static Job<Tokenization> tokenize(TokenizeRequest r) {
        return ctx -> {
            ctx.cancellation().check();
            try (TokenizerEncoder encoder = TokenizerEncoder.open(r.tokenizer())) {
                Vocabulary v = encoder.vocabulary();
                Token[] byId = byId(v);
                List<TokenSpan> spans = new ArrayList<>();
                for (int id : encoder.encode(r.text())) {
                    Token t = byId[id];
                    spans.add(new TokenSpan(id, t.piece(), v.decodedText(t), t.kind()));
                }
                return new Tokenization(encoder.source(), r.text(), spans);
            }
        };
    }

    /// Merges all selected rows: they go to the merge as a candidates CSV in a temporary file.
    private static MergeReport mergeRows(SelectionRequest r, List<Path> checkCorpus, JobContext ctx) throws IOException {
        Path csv = Files.createTempFile("vwb-selection-", ".csv");
        try {
            writeCsv(csv, r.selected());
            return TokenizerMerge.run(new MergeRequest(r.base(), csv, r.selected().size(), r.out(), checkCorpus), ctx);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /// The five columns the merge reads (`CandidateCsv.COLUMNS`), RFC 4180 quoting.
    static void writeCsv(Path file, List<CandidateEntry> rows) throws IOException {
        StringBuilder sb = new StringBuilder(String.join(",", CandidateCsv.COLUMNS)).append("\r\n");
        for (CandidateEntry e : rows) {
            sb.append(quote(e.piece())).append(',').append(e.frequency()).append(',').append(e.tokensSaved())
                    .append(',').append(quote(e.left())).append(',').append(quote(e.right())).append("\r\n");
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static String quote(String field) {
        if (field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /// The rows with their base decomposition: a merge row expands its parts (earlier rows recursively,
    /// base pieces as they are); a row without parts is encoded by the engine inside a word.
    static List<CandidateEntry> entries(Path base, List<Candidate> rows, JobContext ctx) throws IOException {
        ctx.progress().begin("decomposing " + rows.size() + " candidates with the base tokenizer", rows.size());
        try (TokenizerEncoder encoder = TokenizerEncoder.open(base)) {
            Vocabulary v = encoder.vocabulary();
            Token[] byId = byId(v);
            Set<String> basePieces = new HashSet<>();
            for (Token t : v.tokens()) {
                if (t.kind() == TokenKind.NORMAL || t.kind() == TokenKind.USER_DEFINED) {
                    basePieces.add(t.piece());
                }
            }
            Map<String, List<String>> decomposed = new HashMap<>();
            List<CandidateEntry> out = new ArrayList<>(rows.size());
            for (Candidate c : rows) {
                List<String> parts;
                if (c.isCharacter()) {
                    parts = encodeInWord(encoder, byId, c.piece(), c.text());
                } else {
                    parts = new ArrayList<>(expand(c.left(), decomposed, basePieces));
                    parts.addAll(expand(c.right(), decomposed, basePieces));
                }
                decomposed.putIfAbsent(c.piece(), List.copyOf(parts));
                out.add(new CandidateEntry(out.size() + 1, c.piece(), c.text(), c.frequency(), c.tokensSaved(), c.left(),
                        c.right(), parts));
                if (out.size() % CHUNK == 0) {
                    ctx.cancellation().check();
                    ctx.progress().advance(CHUNK);
                }
            }
            return out;
        }
    }

    /// An earlier row's decomposition, or the part itself when it is a base piece (or unknown: a
    /// hand-written table may name parts the base lacks; the merge reports those).
    private static List<String> expand(String part, Map<String, List<String>> decomposed, Set<String> basePieces) {
        List<String> known = decomposed.get(part);
        return known != null && !basePieces.contains(part) ? known : List.of(part);
    }

    /// The engine's pieces for `text` inside a word. SentencePiece-style tokenizers put a word-start `▁`
    /// in front of every text they encode: a piece that does not start a word drops that lone `▁`, and
    /// a piece that does is encoded without its space (the engine adds the `▁` back).
    private static List<String> encodeInWord(TokenizerEncoder encoder, Token[] byId, String piece, String text) {
        boolean wordStart = piece.startsWith(METASPACE) && text.startsWith(" ");
        List<String> pieces = new ArrayList<>();
        for (int id : encoder.encode(wordStart ? text.substring(1) : text)) {
            pieces.add(byId[id].piece());
        }
        if (!piece.startsWith(METASPACE) && pieces.size() > 1 && pieces.getFirst().equals(METASPACE)) {
            pieces.removeFirst();
        }
        return pieces;
    }

    /// The entries indexed by id (a vocabulary may have holes in its ids).
    private static Token[] byId(Vocabulary v) {
        Token[] out = new Token[v.size()];
        for (Token t : v.tokens()) {
            out[t.id()] = t;
        }
        return out;
    }
}
