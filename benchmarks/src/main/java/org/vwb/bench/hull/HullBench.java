package org.vwb.bench.hull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.vwb.embedinit.diagnostics.ConvexHullDiagnostics;
import org.vwb.embedinit.diagnostics.HullMethod;
import org.vwb.embedinit.diagnostics.HullOptions;
import org.vwb.embedinit.diagnostics.HullReport;
import org.vwb.embedinit.diagnostics.RecordedMixture;
import org.vwb.embedinit.diagnostics.RowVerdict;
import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.LinearAlgebra;

/// Convex-hull diagnostics speed (issue 6): arbitrary random-init rows (no recorded mixture) against a
/// synthetic anisotropic Gaussian base `μ + Z·M`, classified with certificates, timed against one GEMM of
/// the same shape in the same run; then by-construction certificates for mixture rows.
///
/// `HullBench [--n 32000] [--d 4096] [--queries 1000] [--mixtures 20000] [--batch 256] [--iterations 500]`
public final class HullBench {
    private HullBench() {}

    public static void main(String[] args) throws Exception {
        int n = arg(args, "--n", 32_000);
        int d = arg(args, "--d", 4_096);
        int queries = arg(args, "--queries", 1_000);
        int mixtures = arg(args, "--mixtures", 20_000);
        HullOptions options = new HullOptions(1e-3, arg(args, "--iterations", 500), arg(args, "--batch", 256), 16,
                1e-6, 1e-6);
        LinearAlgebra la = LinearAlgebra.get();
        System.out.println("backend: " + la.describe());
        long t0 = System.nanoTime();
        SplittableRandom random = new SplittableRandom(42);
        float[] mu = new float[d];
        float[] m = new float[d * d];
        for (int j = 0; j < d; j++) {
            mu[j] = (float) (0.1 * random.nextGaussian());
        }
        for (int k = 0; k < d; k++) {
            double scale = 0.02 * Math.pow(0.1, (double) k / d) * Math.sqrt(4.0); // eigen-spread ~10× over the axes
            for (int j = 0; j < d; j++) {
                m[k * d + j] = (float) (scale / Math.sqrt(d) * random.nextGaussian());
            }
        }
        FloatMatrix mix = new FloatMatrix(d, d, m);
        FloatMatrix base = sample(la, n, mu, mix, 1, random.split());
        System.out.printf(Locale.ROOT, "base %d × %d generated in %.1f s%n", n, d, secs(t0));

        // random-init rows: 40 % per-dimension N(μ, σ²), 20 % N(μ, 1e-5·Σ), 20 % N(μ, 1e-2·Σ), 20 % fresh N(μ, Σ)
        int perDim = queries * 4 / 10;
        int small = queries * 2 / 10;
        int medium = queries * 2 / 10;
        int fresh = queries - perDim - small - medium;
        float[] q = new float[queries * d];
        double[] sigma = new double[d];
        for (int k = 0; k < d; k++) {
            for (int j = 0; j < d; j++) {
                sigma[j] += (double) m[k * d + j] * m[k * d + j];
            }
        }
        for (int i = 0; i < perDim; i++) {
            for (int j = 0; j < d; j++) {
                q[i * d + j] = (float) (mu[j] + Math.sqrt(sigma[j]) * random.nextGaussian());
            }
        }
        System.arraycopy(sample(la, small, mu, mix, 1e-5, random.split()).data(), 0, q, perDim * d, small * d);
        System.arraycopy(sample(la, medium, mu, mix, 1e-2, random.split()).data(), 0, q, (perDim + small) * d,
                medium * d);
        System.arraycopy(sample(la, fresh, mu, mix, 1, random.split()).data(), 0, q, (perDim + small + medium) * d,
                fresh * d);
        FloatMatrix qm = new FloatMatrix(queries, d, q);

        la.gemm(qm, base, false, true); // warm-up
        long g0 = System.nanoTime();
        la.gemm(qm, base, false, true);
        double gemm = secs(g0);
        System.out.printf(Locale.ROOT, "one GEMM %d × %d · %d × %d: %.2f s%n", queries, d, d, n, gemm);

        long h0 = System.nanoTime();
        HullReport report = ConvexHullDiagnostics.classify(la, base, qm, null, options);
        double hull = secs(h0);
        System.out.printf(Locale.ROOT, "classified %d arbitrary rows in %.2f s = %.1f × the GEMM%n", queries, hull,
                hull / gemm);
        summary(report, "per-dimension N(mu, sigma^2)", 0, perDim);
        summary(report, "N(mu, 1e-5 Sigma)", perDim, perDim + small);
        summary(report, "N(mu, 1e-2 Sigma)", perDim + small, perDim + small + medium);
        summary(report, "fresh N(mu, Sigma)", perDim + small + medium, queries);

        // the per-base fixed work inside classify, timed on its own: covariance, eigendecomposition, whitened copy
        long f0 = System.nanoTime();
        FloatMatrix cov = la.covariance(base);
        double tCov = secs(f0);
        long f1 = System.nanoTime();
        la.symmetricEigen(cov);
        double tEig = secs(f1);
        long f2 = System.nanoTime();
        la.gemm(base, cov, false, false); // same shape as the whitened copy (E − μ)·W
        double tWhite = secs(f2);
        System.out.printf(Locale.ROOT, "per-base fixed work (separately): covariance %.2f s, eigen %.2f s, "
                + "whitened copy %.2f s; total %.2f s = %.1f × the GEMM%n", tCov, tEig, tWhite, tCov + tEig + tWhite,
                (tCov + tEig + tWhite) / gemm);

        List<RecordedMixture> recorded = new ArrayList<>();
        float[] rows = new float[mixtures * d];
        for (int r = 0; r < mixtures; r++) {
            int k = 1 + random.nextInt(10);
            int[] ids = new int[k];
            double[] w = new double[k];
            double sum = 0;
            for (int t = 0; t < k; t++) {
                ids[t] = random.nextInt(n);
                w[t] = random.nextDouble() + 1e-3;
                sum += w[t];
            }
            for (int t = 0; t < k; t++) {
                w[t] /= sum;
                for (int j = 0; j < d; j++) {
                    rows[r * d + j] += (float) (w[t] * base.data()[ids[t] * d + j]);
                }
            }
            recorded.add(new RecordedMixture(ids, w));
        }
        long c0 = System.nanoTime();
        HullReport byConstruction = ConvexHullDiagnostics.classify(la, base, new FloatMatrix(mixtures, d, rows),
                recorded, options);
        System.out.printf(Locale.ROOT, "by construction: %d mixture rows (1–10 sources) verified in %.2f s: "
                        + "%d inside by recorded mixture, %d other%n", mixtures, secs(c0),
                byConstruction.count(HullMethod.RECORDED_MIXTURE),
                mixtures - byConstruction.count(HullMethod.RECORDED_MIXTURE));
    }

    private static void summary(HullReport report, String label, int from, int to) {
        int in = 0;
        int out = 0;
        int undecided = 0;
        int screen = 0;
        int maxIter = 0;
        double minLower = Double.POSITIVE_INFINITY;
        double maxUpperInside = 0;
        for (RowVerdict v : report.rows().subList(from, to)) {
            switch (v.verdict()) {
                case INSIDE -> {
                    in++;
                    maxUpperInside = Math.max(maxUpperInside, v.relativeUpper());
                }
                case OUTSIDE -> {
                    out++;
                    minLower = Math.min(minLower, v.relativeLower());
                }
                case UNDECIDED -> undecided++;
            }
            screen += v.method() == HullMethod.SCREEN ? 1 : 0;
            maxIter = Math.max(maxIter, v.iterations());
        }
        System.out.printf(Locale.ROOT, "  %-30s %4d rows: %4d inside (max rel. residual %.2e), %4d outside (%d by "
                        + "screens; min rel. lower bound %.2e), %d undecided; max solver iterations %d%n", label,
                to - from, in, maxUpperInside, out, screen, minLower, undecided, maxIter);
    }

    /// `rows` draws of `μ + √s·z·M`, z standard normal (one GEMM).
    private static FloatMatrix sample(LinearAlgebra la, int rows, float[] mu, FloatMatrix mix, double s,
                                      SplittableRandom random) {
        int d = mu.length;
        float[] z = new float[rows * d];
        SplittableRandom[] parts = new SplittableRandom[rows];
        for (int i = 0; i < rows; i++) {
            parts[i] = random.split();
        }
        IntStream.range(0, rows).parallel().forEach(i -> {
            for (int j = 0; j < d; j++) {
                z[i * d + j] = (float) (Math.sqrt(s) * parts[i].nextGaussian());
            }
        });
        FloatMatrix x = la.gemm(new FloatMatrix(rows, d, z), mix, false, false);
        float[] a = x.data();
        for (int i = 0; i < a.length; i++) {
            a[i] += mu[i % d];
        }
        return x;
    }

    private static int arg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
