package org.vwb.bench.numeric;

import java.util.List;
import java.util.Locale;

import org.vwb.bench.numeric.GemmBench.Result;

/// Prints the results as a Markdown table, with ratios against the best backend of the same layout.
final class Report {
    private Report() {}

    static void print(List<Result> results, double flops, double peakGflops) {
        System.out.println("| layout | backend | best s | median s | GFLOP/s (best) | % of theoretical peak "
                + "| time / best of layout | max abs diff vs double ref |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            double bestOfLayout = results.stream().filter(x -> x.layout().equals(r.layout()))
                    .mapToDouble(Result::best).min().orElseThrow();
            double gflops = flops / r.best() / 1e9;
            System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.1f | %.0f%% | %.2f× | %.2e |%n",
                    r.layout().equals("abt") ? "A·Bᵀ" : "A·B", r.backend(), r.best(), r.median(), gflops,
                    100 * gflops / peakGflops, r.best() / bestOfLayout, r.maxAbsDiff());
        }
        System.out.println();
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "- %s %s: %s; all runs (s, sorted): %s%n", r.layout(), r.backend(),
                    r.description(), java.util.Arrays.toString(round(r.seconds())));
        }
        System.out.println();
    }

    private static double[] round(double[] s) {
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = Math.round(s[i] * 1000) / 1000.0;
        }
        return out;
    }
}
