package org.vwb.samples.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/// The vocabulary of the synthetic models, laid out as Llama 2's: `<unk> <s> </s>`, the 256 byte pieces
/// `<0x00>`…`<0xFF>`, the merged pieces in the order a BPE trainer learned them (score = −rank), then
/// the single characters (scores continue downwards).
///
/// Characters: every non-CJK character of the built-in corpus, and CJK characters seen at least
/// [#MIN_CJK_COUNT] times, so that frequent Chinese characters are pieces and the rest falls back to
/// bytes, as in Llama 2. When the corpus cannot supply enough merges for a large vocabulary, seeded
/// pseudo-words drawn from the corpus's letter bigrams are added with count 1, so the corpus's own
/// subwords are still learned first.
///
/// @param pieces the normal pieces (merged pieces, then characters), in id order after the 259 reserved
public record SyntheticTokenizer(List<String> pieces) {

    /// Ids 0–2.
    public static final List<String> SPECIALS = List.of("<unk>", "<s>", "</s>");
    /// Ids reserved before the normal pieces: three specials and 256 bytes.
    public static final int RESERVED = 3 + 256;
    /// A CJK character must occur this often in the corpus to become a piece.
    static final int MIN_CJK_COUNT = 4;
    /// The largest vocabulary offered.
    public static final int MAX_VOCAB = 32_000;

    private static final Map<Integer, SyntheticTokenizer> CACHE = new ConcurrentHashMap<>();

    /// Copies the list.
    public SyntheticTokenizer {
        pieces = List.copyOf(pieces);
    }

    /// The tokenizer with exactly `vocabSize` ids (cached: training is deterministic).
    public static SyntheticTokenizer ofSize(int vocabSize) {
        int min = minimumVocabSize();
        if (vocabSize < min || vocabSize > MAX_VOCAB) {
            throw new IllegalArgumentException("vocabulary size " + vocabSize + " is outside [" + min + ", " + MAX_VOCAB
                    + "]: 259 reserved ids plus the corpus's " + (min - RESERVED) + " characters are the minimum");
        }
        return CACHE.computeIfAbsent(vocabSize, SyntheticTokenizer::train);
    }

    /// 259 reserved ids plus every character piece.
    public static int minimumVocabSize() {
        return RESERVED + Corpus.get().characters().size();
    }

    /// Total number of ids.
    public int vocabSize() {
        return RESERVED + pieces.size();
    }

    /// The score of normal piece number `i` (0-based after the reserved ids): −i, so earlier merges win.
    public static float score(int i) {
        return -i;
    }

    private static SyntheticTokenizer train(int vocabSize) {
        Corpus corpus = Corpus.get();
        int mergesWanted = vocabSize - RESERVED - corpus.characters().size();
        Map<String, Integer> units = new java.util.LinkedHashMap<>(corpus.units());
        List<String> merges = BpeTrainer.train(units, mergesWanted);
        int extra = 0;
        while (merges.size() < mergesWanted) {
            extra = Math.max(1000, extra * 2 + (mergesWanted - merges.size()));
            units = new java.util.LinkedHashMap<>(corpus.units());
            addPseudoWords(units, corpus, extra);
            merges = BpeTrainer.train(units, mergesWanted);
        }
        List<String> pieces = new ArrayList<>(merges);
        pieces.addAll(corpus.characters());
        return new SyntheticTokenizer(pieces);
    }

    private static void addPseudoWords(Map<String, Integer> units, Corpus corpus, int count) {
        SplittableRandom random = new SplittableRandom(0x5EED_B9E5L);
        String letters = corpus.latinLetters();
        for (int i = 0; i < count; i++) {
            int length = 4 + random.nextInt(9);
            StringBuilder word = new StringBuilder("\u2581");
            char prev = letters.charAt(random.nextInt(letters.length()));
            word.append(prev);
            for (int j = 1; j < length; j++) {
                prev = corpus.nextLetter(prev, random);
                word.append(prev);
            }
            units.merge(word.toString(), 1, Integer::sum);
        }
    }

    /// The built-in corpus, split into trainable units.
    record Corpus(List<String> lines, Map<String, Integer> units, List<String> characters,
            Map<Character, String> followers) {

        private static volatile Corpus instance;

        static Corpus get() {
            Corpus c = instance;
            if (c == null) {
                c = load();
                instance = c;
            }
            return c;
        }

        String latinLetters() {
            StringBuilder sb = new StringBuilder();
            followers.keySet().stream().sorted().forEach(sb::append);
            return sb.toString();
        }

        /// A letter that followed `prev` somewhere in the corpus (bigram sampling).
        char nextLetter(char prev, SplittableRandom random) {
            String f = followers.get(prev);
            if (f == null || f.isEmpty()) {
                String all = latinLetters();
                return all.charAt(random.nextInt(all.length()));
            }
            return f.charAt(random.nextInt(f.length()));
        }

        private static Corpus load() {
            List<String> lines;
            try (InputStream in = SyntheticTokenizer.class.getResourceAsStream("/org/vwb/samples/corpus.txt")) {
                if (in == null) {
                    throw new IllegalStateException("resource org/vwb/samples/corpus.txt is missing from the sample-models jar");
                }
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, Integer> charCounts = new HashMap<>();
            Map<String, Integer> units = BpeTrainer.newUnitCounts();
            Map<Character, StringBuilder> followers = new java.util.TreeMap<>();
            for (String line : lines) {
                String text = "\u2581" + line.replace(' ', '\u2581');
                text.codePoints().forEach(cp -> charCounts.merge(Character.toString(cp), 1, Integer::sum));
                for (String unit : Units.split(text)) {
                    if (unit.codePointCount(0, unit.length()) > 1) {
                        units.merge(unit, 1, Integer::sum);
                    }
                }
                for (int i = 0; i + 1 < line.length(); i++) {
                    char a = line.charAt(i);
                    char b = line.charAt(i + 1);
                    if (Units.isLatinLetter(a) && Units.isLatinLetter(b)) {
                        followers.computeIfAbsent(Character.toLowerCase(a), k -> new StringBuilder()).append(Character.toLowerCase(b));
                    }
                }
            }
            List<String> characters = charCounts.entrySet().stream()
                    .filter(e -> !Units.isCjk(e.getKey().codePointAt(0)) || e.getValue() >= MIN_CJK_COUNT)
                    .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).toList();
            Map<Character, String> f = new java.util.TreeMap<>();
            followers.forEach((k, v) -> f.put(k, v.toString()));
            return new Corpus(lines, units, characters, f);
        }
    }
}
