package org.vwb.vocab.merge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.edit.TokenizerJsonDocument;

/// Proves a merge with the real engines: every added piece is produced from its own text, English
/// text keeps its ids, round trips match the base's, and `tokenizer.model` and `tokenizer.json` agree.
final class MergeVerifier {

    /// The built-in non-target text: English prose, code, numbers and odd whitespace.
    static final List<String> ENGLISH = loadEnglish();

    /// What the engines found.
    record Result(List<EngineCheck> checks, Set<String> unreachable, int disagreements, int baseDisagreements) {
    }

    private MergeVerifier() {
    }

    private static List<String> loadEnglish() {
        try (InputStream in = MergeVerifier.class.getResourceAsStream("english-sample.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("english-sample.txt is missing from the jar", e);
        }
    }

    static Result verify(BaseTokenizer base, Path out, List<PlannedPiece> pieces, List<String> corpus) throws IOException {
        List<String> english = new ArrayList<>(ENGLISH);
        corpus.stream().filter(l -> !hasHan(l)).forEach(english::add);
        long corpusCharacters = corpus.stream().mapToLong(l -> l.codePointCount(0, l.length())).sum();
        List<EngineCheck> checks = new ArrayList<>();
        Set<String> unreachable = new LinkedHashSet<>();
        List<List<int[]>> perEngine = new ArrayList<>();
        List<List<int[]>> perEngineBase = new ArrayList<>();
        int agreementTexts = english.size() + corpus.size();
        List<String> engines = List.of(BaseTokenizer.MODEL, BaseTokenizer.JSON).stream()
                .filter(name -> Files.isRegularFile(out.resolve(name))).toList();
        for (String name : engines) {
            try (TokenizerEncoder before = TokenizerEncoder.open(base.dir().resolve(name));
                    TokenizerEncoder after = TokenizerEncoder.open(out.resolve(name))) {
                // A byte-level intermediate cut inside a character has no text of its own; it is a step
                // of the derivation of the candidate that needed it, which is checked.
                boolean[] unreached = new boolean[pieces.size()];
                IntStream.range(0, pieces.size()).parallel().forEach(i -> unreached[i] =
                        base.wholeCharacters(pieces.get(i).piece()) && !reachable(after, pieces.get(i), base.byteLevel()));
                List<String> missing = new ArrayList<>();
                for (int i = 0; i < pieces.size(); i++) {
                    if (unreached[i]) {
                        missing.add(pieces.get(i).piece());
                    }
                }
                unreachable.addAll(missing);
                List<int[]> a = encodeAll(after, english);
                List<int[]> b = encodeAll(before, english);
                int changed = 0;
                for (int i = 0; i < a.size(); i++) {
                    changed += Arrays.equals(a.get(i), b.get(i)) ? 0 : 1;
                }
                List<int[]> ca = encodeAll(after, corpus);
                int mismatches = roundTripMismatches(before, after, corpus, ca);
                boolean[] used = new boolean[after.vocabulary().size()];
                long corpusTokens = 0;
                for (int[] ids : ca) {
                    corpusTokens += ids.length;
                    for (int id : ids) {
                        used[id] = true;
                    }
                }
                int usedNew = (int) pieces.stream().filter(p -> p.id() < used.length && used[p.id()]).count();
                int[] context = corpusContexts(after, pieces, corpus, ca, base.byteLevel());
                int moved = name.equals(BaseTokenizer.JSON) ? movedAddedTokens(base.json(), before, after) : 0;
                int checkedPieces = (int) pieces.stream().filter(p -> base.wholeCharacters(p.piece())).count();
                checks.add(new EngineCheck(name, checkedPieces, missing, english.size(), changed, corpus.size(),
                        corpusCharacters, corpusTokens, mismatches, moved, usedNew, context[0], context[1]));
                if (engines.size() < 2) {
                    continue; // the agreement of the two files needs both (one engine: a third of the work)
                }
                // The agreement texts are the English lines and the corpus, already encoded above with the
                // new file, then each added piece's own text.
                List<String> pieceTexts = new ArrayList<>();
                pieces.forEach(p -> pieceTexts.add(contexts(after, p, base.byteLevel()).getFirst()));
                List<int[]> encoded = new ArrayList<>(a);
                encoded.addAll(ca);
                encoded.addAll(encodeAll(after, pieceTexts));
                perEngine.add(encoded);
                List<int[]> baseEncoded = new ArrayList<>(b);
                baseEncoded.addAll(encodeAll(before, corpus));
                perEngineBase.add(baseEncoded);
            }
        }
        if (perEngine.size() < 2) {
            return new Result(checks, unreachable, -1, -1);
        }
        // Texts on which the base files already disagree (HF matches `<s>` in text, SentencePiece does
        // not) say nothing about the merge; added-piece texts are new and always count.
        List<int[]> m = perEngine.get(0);
        List<int[]> j = perEngine.get(1);
        int baseDis = 0;
        int dis = 0;
        for (int i = 0; i < m.size(); i++) {
            boolean baseAgrees = i >= agreementTexts
                    || Arrays.equals(perEngineBase.get(0).get(i), perEngineBase.get(1).get(i));
            baseDis += baseAgrees ? 0 : 1;
            dis += baseAgrees && !Arrays.equals(m.get(i), j.get(i)) ? 1 : 0;
        }
        return new Result(checks, unreachable, dis, baseDis);
    }

    /// Lines whose round trip through the new tokenizer, decode(encode(line)), differs from the base
    /// tokenizer's round trip and from the line itself. Where the base loses text (unknown characters
    /// without byte fallback) the new tokenizer may do better: a round trip equal to the line is not a
    /// mismatch; a base round trip with SentencePiece's unknown surface (U+2047) lost text, and such lines
    /// are not comparable and not counted. So the base is asked only about lines the new tokenizer does
    /// not give back unchanged (with Llama 2 and a Chinese corpus: none), instead of encoding the whole
    /// check corpus a second time.
    private static int roundTripMismatches(TokenizerEncoder before, TokenizerEncoder after, List<String> corpus,
            List<int[]> encoded) {
        return IntStream.range(0, corpus.size()).parallel().map(i -> {
            String line = corpus.get(i);
            String rt = after.decode(encoded.get(i));
            if (rt.equals(line)) {
                return 0;
            }
            String baseRt = before.decode(before.encode(line));
            return rt.equals(baseRt) || baseRt.indexOf('\u2047') >= 0 ? 0 : 1;
        }).sum();
    }

    /// The ids of every text, in order, encoded on all cores (the engines are thread-safe; the HF engine
    /// already spreads its own batches, SentencePiece's encodes one text per call). Per-index results, so
    /// the outcome does not depend on the number of threads.
    private static List<int[]> encodeAll(TokenizerEncoder enc, List<String> texts) {
        int[][] ids = new int[texts.size()][];
        int chunk = 256;
        IntStream.range(0, (texts.size() + chunk - 1) / chunk).parallel().forEach(c -> {
            List<int[]> part = enc.encodeAll(texts.subList(c * chunk, Math.min(texts.size(), (c + 1) * chunk)));
            for (int i = 0; i < part.size(); i++) {
                ids[c * chunk + i] = part.get(i);
            }
        });
        return Arrays.asList(ids);
    }

    /// Whether the engine produces the piece's id from a text made of the piece: alone (a `▁` piece
    /// then starts a word through the dummy prefix) or after a character that ends the previous token.
    private static boolean reachable(TokenizerEncoder enc, PlannedPiece p, boolean byteLevel) {
        for (String text : contexts(enc, p, byteLevel)) {
            for (int id : enc.encode(text)) {
                if (id == p.id()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> contexts(TokenizerEncoder enc, PlannedPiece p, boolean byteLevel) {
        String text = enc.vocabulary().decodedText(new Token(p.id(), p.piece(), TokenKind.NORMAL, 0f));
        boolean wordStart = text.startsWith(" ");
        if (!byteLevel && wordStart) {
            // The dummy prefix (or the json's Prepend/Metaspace) supplies the leading space.
            return List.of(text.substring(1), "a" + text);
        }
        // After "a" or a newline the piece starts a new token (a normalizer may turn the newline into a
        // space, which then becomes a word start again; "a" stays a letter).
        return wordStart ? List.of(text, "a" + text) : List.of(text, "\n" + text, "a" + text);
    }

    /// Lines of the corpus sampled per piece.
    static final int CONTEXTS_PER_PIECE = 3;

    /// For each added piece whose text occurs in the corpus, the first [#CONTEXTS_PER_PIECE] lines holding
    /// it: returns {pieces occurring, pieces whose id appears in none of their lines}. A piece may lose a
    /// context to a longer or earlier piece legitimately, so this is reported, not enforced.
    private static int[] corpusContexts(TokenizerEncoder enc, List<PlannedPiece> pieces, List<String> corpus,
            List<int[]> encoded, boolean byteLevel) {
        // Indexed by the piece's position in `pieces`, with int arrays: keyed by the piece records, the
        // hashing of every record at every corpus position was most of the merge's own CPU time on 20,000
        // pieces (JFR, docs/BENCHMARKS.md); the pieces starting at a position come from a trie.
        String[] bodies = new String[pieces.size()];
        for (int k = 0; k < pieces.size(); k++) {
            PlannedPiece p = pieces.get(k);
            String text = enc.vocabulary().decodedText(new Token(p.id(), p.piece(), TokenKind.NORMAL, 0f));
            bodies[k] = text.startsWith(" ") && !byteLevel ? text.substring(1) : text;
        }
        PieceMatcher matcher = new PieceMatcher(bodies);
        int[] linesSeen = new int[pieces.size()];
        int[] produced = new int[pieces.size()];
        int maxId = pieces.stream().mapToInt(PlannedPiece::id).max().orElse(0);
        int[] lineOfId = new int[maxId + 1]; // 1 + the last line whose encoding held the id
        for (int i = 0; i < corpus.size(); i++) {
            String line = corpus.get(i);
            for (int id : encoded.get(i)) {
                if (id >= 0 && id <= maxId) {
                    lineOfId[id] = i + 1;
                }
            }
            int lineNo = i + 1;
            PieceMatcher.Hit hit = k -> {
                if (linesSeen[k] < CONTEXTS_PER_PIECE) {
                    linesSeen[k]++;
                    produced[k] += lineOfId[pieces.get(k).id()] == lineNo ? 1 : 0;
                }
            };
            for (int pos = 0; pos < line.length(); pos = line.offsetByCodePoints(pos, 1)) {
                matcher.matchAt(line, pos, hit);
            }
        }
        int occurring = 0;
        int never = 0;
        for (int k = 0; k < pieces.size(); k++) {
            occurring += linesSeen[k] > 0 ? 1 : 0;
            never += linesSeen[k] > 0 && produced[k] == 0 ? 1 : 0;
        }
        return new int[] {occurring, never};
    }

    private static int movedAddedTokens(TokenizerJsonDocument json, TokenizerEncoder before, TokenizerEncoder after) {
        int moved = 0;
        for (TokenizerJsonDocument.AddedToken t : json.addedTokens()) {
            int[] b = before.encode(t.content());
            int[] a = after.encode(t.content());
            boolean wasItself = b.length == 1 && b[0] == t.id();
            if (wasItself && !(a.length == 1 && a[0] == t.id())) {
                moved++;
            }
        }
        return moved;
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
