package org.vwb.bench.align;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vwb.align.StaticVectors;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.Svd;

/// Converts jieba's LAC character embedding (Debian `python3-jieba`, `lac_small/model_baseline/word_emb`:
/// a 29-byte header, then `rows × 128` little-endian float32; row `i` is the character on the line
/// `i<TAB>char` of `lac_small/word.dic`, the last rows `OOV_HANZ` / `OOV` are dropped) into a `.vec`
/// file, optionally reduced to `DIM` dimensions by PCA (centre, then project on the top right singular
/// vectors; WECHSEL reduces the larger space the same way).
///
/// Usage: `JiebaEmbToVec word_emb word.dic OUT.vec [DIM]`
public final class JiebaEmbToVec {
    private static final int HEADER = 29;
    private static final int SOURCE_DIM = 128;

    private JiebaEmbToVec() {
    }

    /// Converts, and reduces if asked.
    public static void main(String[] args) throws IOException {
        Path emb = Path.of(args[0]);
        List<String> dic = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        long bytes = Files.size(emb) - HEADER;
        if (bytes <= 0 || bytes % (4L * SOURCE_DIM) != 0) {
            throw new IOException(emb + ": " + Files.size(emb) + " bytes is not 29 + rows × 128 × 4");
        }
        int rows = (int) (bytes / (4L * SOURCE_DIM));
        String[] names = new String[rows];
        for (int ln = 0; ln < dic.size(); ln++) {
            String[] c = dic.get(ln).split("\t");
            if (c.length != 2) {
                throw new IOException(args[1] + ", line " + (ln + 1) + ": expected 'id<TAB>char'");
            }
            int id = Integer.parseInt(c[0]);
            if (id >= 0 && id < rows) {
                names[id] = c[1];
            }
        }
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(emb), HEADER, (int) bytes).slice().order(ByteOrder.LITTLE_ENDIAN);
        List<String> words = new ArrayList<>();
        List<float[]> vecs = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            float[] v = new float[SOURCE_DIM];
            buf.asFloatBuffer().position(r * SOURCE_DIM).get(v);
            String w = names[r];
            if (w != null && !w.startsWith("OOV") && !w.isBlank() && w.chars().noneMatch(Character::isWhitespace)) {
                words.add(w);
                vecs.add(v);
            }
        }
        int dim = args.length > 3 ? Integer.parseInt(args[3]) : SOURCE_DIM;
        float[] out = dim == SOURCE_DIM ? flatten(vecs, SOURCE_DIM) : pca(vecs, dim);
        StaticVectors.of(words, out, dim).writeVec(Path.of(args[2]));
        System.out.println("wrote " + words.size() + " × " + dim + " from " + rows + " rows");
    }

    private static float[] flatten(List<float[]> vecs, int d) {
        float[] out = new float[vecs.size() * d];
        for (int i = 0; i < vecs.size(); i++) {
            System.arraycopy(vecs.get(i), 0, out, i * d, d);
        }
        return out;
    }

    /// Centred data `X` (n × 128), `svd(XᵀX) = V Σ Vᵀ`; output `X · V[:, :dim]`.
    private static float[] pca(List<float[]> vecs, int dim) {
        int n = vecs.size();
        double[] mean = new double[SOURCE_DIM];
        for (float[] v : vecs) {
            for (int j = 0; j < SOURCE_DIM; j++) {
                mean[j] += v[j] / (double) n;
            }
        }
        float[] x = flatten(vecs, SOURCE_DIM);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < SOURCE_DIM; j++) {
                x[i * SOURCE_DIM + j] -= (float) mean[j];
            }
        }
        LinearAlgebra la = LinearAlgebra.get();
        FloatMatrix xm = new FloatMatrix(n, SOURCE_DIM, x);
        Svd svd = la.svd(la.gemm(xm, xm, true, false));
        float[] v = new float[SOURCE_DIM * dim];
        for (int r = 0; r < SOURCE_DIM; r++) {
            for (int c = 0; c < dim; c++) {
                v[r * dim + c] = svd.vt().get(c, r);
            }
        }
        return la.gemm(xm, new FloatMatrix(SOURCE_DIM, dim, v), false, false).data();
    }
}
