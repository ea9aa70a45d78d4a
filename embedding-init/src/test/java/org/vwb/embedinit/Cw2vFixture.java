package org.vwb.embedinit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.vocab.TokenKind;

/// A small problem with a planted answer for CW2V. Twenty groups of four context words (`a0..a3`,
/// `b0..b3`, …), each with a centre word (`xa`, `xb`, …) whose input row is `0.75 ×` the sum
/// of its group's output rows and vice versa: the rows skip-gram would give a word seen among those
/// contexts (untied: with one matrix, a word's own row would have to predict itself). Twenty groups,
/// because skip-gram with `k` negatives drives `w·v` towards `PMI(w, c) − log k`: with few groups the
/// association of a group's words is too weak for any row to be pulled towards them. The corpus has
/// sentences of one group each; in half of group A's sentences the new token `zq` stands where `xa`
/// would (and `yb`, `yc`, … likewise in the other groups). `zq` decomposes into the base pieces `▁z` + `q`, whose rows are unrelated, so FVT starts far
/// from `xa` and training has to find it. `qq` never occurs in the corpus.
final class Cw2vFixture {

    static final int DIM = 64;
    static final double SCALE = 2;
    static final String[] GROUPS = "abcdefghijklmnoprstu".split("");

    final List<String> basePieces = new ArrayList<>();
    final FakeTokenizer base;
    final FakeTokenizer target;
    final FloatMatrix input;
    final FloatMatrix output;
    final int zq;
    final int qq;

    Cw2vFixture() {
        basePieces.add("<unk>");
        for (String g : GROUPS) {
            for (int i = 0; i < 4; i++) {
                basePieces.add("▁" + g + i);
            }
            basePieces.add("▁x" + g);
        }
        basePieces.add("▁z");
        basePieces.add("q");
        basePieces.add("▁y");
        List<TokenKind> kinds = new ArrayList<>();
        basePieces.forEach(p -> kinds.add(p.equals("<unk>") ? TokenKind.UNKNOWN : TokenKind.NORMAL));
        base = new FakeTokenizer(basePieces, kinds);
        List<String> targetPieces = new ArrayList<>(basePieces);
        List<TokenKind> targetKinds = new ArrayList<>(kinds);
        zq = targetPieces.size();
        targetPieces.add("▁zq");
        qq = targetPieces.size();
        targetPieces.add("▁qq");
        targetKinds.add(TokenKind.NORMAL);
        targetKinds.add(TokenKind.NORMAL);
        for (String g : GROUPS) {
            if (!g.equals("a")) {
                targetPieces.add("▁y" + g);
                targetKinds.add(TokenKind.NORMAL);
            }
        }
        target = new FakeTokenizer(targetPieces, targetKinds);
        input = gaussian(basePieces.size(), 1);
        output = gaussian(basePieces.size(), 2);
        plant(input, output);
        plant(output, input);
    }

    /// Gaussian rows with expected norm [#SCALE]: one draw for the input matrix, one for the output.
    static FloatMatrix gaussian(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] d = new float[n * DIM];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (SCALE * r.nextGaussian() / Math.sqrt(DIM));
        }
        return new FloatMatrix(n, DIM, d);
    }

    /// Plants each centre's row in `m` as `0.75 ×` the sum of its group's rows in `partner`: the row
    /// skip-gram would give a centre whose contexts are that group (input rows score against output rows).
    void plant(FloatMatrix m, FloatMatrix partner) {
        for (String g : GROUPS) {
            int x = id("▁x" + g);
            for (int j = 0; j < DIM; j++) {
                float s = 0;
                for (int i = 0; i < 4; i++) {
                    s += partner.data()[id("▁" + g + i) * DIM + j];
                }
                m.data()[x * DIM + j] = 0.75f * s;
            }
        }
    }

    int id(String piece) {
        return basePieces.indexOf(piece);
    }

    /// The sentences: `lines` of 8 words from one group each; group A's centre is `zq` half the time.
    Path corpus(Path dir, int lines) throws IOException {
        SplittableRandom r = new SplittableRandom(11);
        List<String> out = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            String g = GROUPS[l % GROUPS.length];
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                String word = w % 4 == 2 ? (r.nextBoolean() ? newWord(g) : "x" + g) : g + r.nextInt(4);
                s.append(' ').append(word);
            }
            out.add(s.toString());
        }
        Path file = dir.resolve("corpus.txt");
        Files.write(file, out);
        return file;
    }

    private static String newWord(String group) {
        return group.equals("a") ? "zq" : "y" + group;
    }

    /// The problem: `zq`, `qq` and the `y` words to place, every non-special base row an anchor.
    InitProblem problem(boolean tied, long seed) {
        BitSet anchors = new BitSet();
        anchors.set(1, basePieces.size());
        List<NewToken> tokens = new ArrayList<>();
        for (int id = zq; id < target.size(); id++) {
            String piece = target.piece(id);
            tokens.add(new NewToken(id, piece, target.text(id), base.encode(target.text(id))));
        }
        return new InitProblem(input, tied ? null : output, null, base, target, tokens, anchors, seed,
                LinearAlgebra.of(LinearAlgebra.Backend.SCALAR));
    }

    static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int j = 0; j < a.length; j++) {
            ab += a[j] * b[j];
            aa += a[j] * a[j];
            bb += b[j] * b[j];
        }
        return ab / Math.sqrt(aa * bb);
    }

    static float[] row(FloatMatrix m, int r) {
        float[] out = new float[m.cols()];
        System.arraycopy(m.data(), r * m.cols(), out, 0, m.cols());
        return out;
    }
}
