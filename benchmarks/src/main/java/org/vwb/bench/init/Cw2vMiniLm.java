package org.vwb.bench.init;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vwb.common.JobContext;
import org.vwb.embedinit.Cw2v;
import org.vwb.embedinit.Cw2vOptions;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.NewToken;
import org.vwb.embedinit.TokenizerView;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.safetensors.SafetensorsFile;
import org.vwb.vocab.TokenKind;
import org.vwb.vocab.TokenizerEncoder;

/// Does CW2V move its FVT start towards the true rows on real embeddings? Hides `--holdout` whole-word
/// tokens of the MiniLM sample (real 30,522 × 384 BERT embedding; `vwb samples write minilm-l6 DIR`) that
/// occur at least `--min-occurrences` times in an English corpus, decomposes each by WordPiece's greedy
/// longest match over the remaining vocabulary, re-initialises them with CW2V (the held-out rows are not
/// anchors) and prints the mean cosine to the true rows and the rank of the true row among the held-out
/// ones (P@1, MRR), for the start (`lr` ≈ 0: the FVT mixture with its floor) and each given setting.
///
/// Usage: `Cw2vMiniLm --model DIR --corpus FILE [--holdout 300] [--min-occurrences 20] [k=v,k=v …]` —
/// every further argument is one comma-separated set of cw2v options to try.
public final class Cw2vMiniLm {

    private Cw2vMiniLm() {
    }

    /// Runs the comparison.
    public static void main(String[] args) throws Exception {
        Map<String, String> flags = new HashMap<>();
        List<String> settings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                flags.put(args[i], args[++i]);
            } else {
                settings.add(args[i]);
            }
        }
        Path model = Path.of(flags.get("--model"));
        Path corpus = Path.of(flags.get("--corpus"));
        FloatMatrix e;
        try (SafetensorsFile f = SafetensorsFile.open(model.resolve("model.safetensors"))) {
            var t = f.tensor("embeddings.word_embeddings.weight");
            e = new FloatMatrix((int) t.rows(), (int) t.columns(), t.toFloatArray());
        }
        TokenizerView tok = TokenizerView.of(TokenizerEncoder.open(model));
        int[] counts = new int[tok.size()];
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            for (int id : tok.encode(line)) {
                counts[id]++;
            }
        }
        List<Integer> eligible = new ArrayList<>();
        int min = Integer.parseInt(flags.getOrDefault("--min-occurrences", "20"));
        for (int id = 0; id < tok.size(); id++) {
            String p = tok.piece(id);
            if (tok.tokenKind(id) == TokenKind.NORMAL && p.length() >= 4 && p.chars().allMatch(Character::isLetter)
                    && counts[id] >= min) {
                eligible.add(id);
            }
        }
        int n = Math.min(Integer.parseInt(flags.getOrDefault("--holdout", "300")), eligible.size());
        java.util.Collections.shuffle(eligible, new java.util.Random(7));
        List<Integer> held = new ArrayList<>(eligible.subList(0, n));
        held.sort(null);
        BitSet heldSet = new BitSet();
        held.forEach(heldSet::set);
        Map<String, Integer> vocab = new HashMap<>();
        for (int id = 0; id < tok.size(); id++) {
            if (!heldSet.get(id)) {
                vocab.put(tok.piece(id), id);
            }
        }
        List<NewToken> tokens = new ArrayList<>();
        for (int id : held) {
            tokens.add(new NewToken(id, tok.piece(id), tok.text(id), wordPiece(tok.piece(id), vocab)));
        }
        BitSet anchors = new BitSet();
        for (int id = 0; id < tok.size(); id++) {
            if (tok.tokenKind(id) == TokenKind.NORMAL && !heldSet.get(id)) {
                anchors.set(id);
            }
        }
        System.out.printf(Locale.ROOT, "MiniLM %d × %d, %d held-out whole words (of %d eligible), corpus %s%n",
                e.rows(), e.cols(), n, eligible.size(), corpus.getFileName());
        InitProblem problem = new InitProblem(e, null, null, tok, tok, tokens, anchors, 42L, LinearAlgebra.get());
        report("fvt (mean of pieces)", fvt(e, tokens), e, held);
        settings.add(0, "lr=1e-9,epochs=1");
        for (String s : settings) {
            Map<String, String> o = new HashMap<>();
            o.put("corpus", corpus.toString());
            for (String kv : s.split(",")) {
                o.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
            long t0 = System.nanoTime();
            Cw2v.Outcome out = Cw2v.train(problem, Cw2vOptions.parse(o), JobContext.silent());
            double secs = (System.nanoTime() - t0) / 1e9;
            report(String.format(Locale.ROOT, "cw2v %s (%.0f s, losses %s)", s, secs,
                    java.util.Arrays.toString(java.util.Arrays.stream(out.trace().losses())
                            .map(x -> Math.round(x * 1e4) / 1e4).toArray())),
                    out.result().rows(MatrixRole.INPUT), e, held);
        }
    }

    private static int[] wordPiece(String word, Map<String, Integer> vocab) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < word.length()) {
            int j = word.length();
            Integer id = null;
            for (; j > i; j--) {
                id = vocab.get((i == 0 ? "" : "##") + word.substring(i, j));
                if (id != null) {
                    break;
                }
            }
            if (id == null) {
                return new int[] {vocab.get("[UNK]")};
            }
            out.add(id);
            i = j;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static FloatMatrix fvt(FloatMatrix e, List<NewToken> tokens) {
        int d = e.cols();
        float[] out = new float[tokens.size() * d];
        for (int r = 0; r < tokens.size(); r++) {
            int[] ids = tokens.get(r).baseIds();
            for (int id : ids) {
                for (int j = 0; j < d; j++) {
                    out[r * d + j] += e.get(id, j) / ids.length;
                }
            }
        }
        return new FloatMatrix(tokens.size(), d, out);
    }

    /// Mean cosine to the true row; P@1 and MRR of the true row among the held-out rows (by cosine).
    private static void report(String label, FloatMatrix rows, FloatMatrix e, List<Integer> held) {
        int n = held.size();
        int d = e.cols();
        double cos = 0;
        double mrr = 0;
        int p1 = 0;
        for (int r = 0; r < n; r++) {
            double own = cosine(rows.data(), r * d, e.data(), held.get(r) * d, d);
            cos += own;
            int rank = 1;
            for (int s = 0; s < n; s++) {
                if (s != r && cosine(rows.data(), r * d, e.data(), held.get(s) * d, d) > own) {
                    rank++;
                }
            }
            mrr += 1.0 / rank;
            p1 += rank == 1 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "| %s | %.4f | %.3f | %.3f |%n", label, cos / n, p1 / (double) n, mrr / n);
    }

    private static double cosine(float[] a, int ao, float[] b, int bo, int d) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int j = 0; j < d; j++) {
            ab += a[ao + j] * b[bo + j];
            aa += a[ao + j] * a[ao + j];
            bb += b[bo + j] * b[bo + j];
        }
        return ab / Math.sqrt(aa * bb);
    }

}
