package org.vwb.bench.vocab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vwb.common.JobContext;
import org.vwb.vocab.TokenizerEncoder;
import org.vwb.vocab.fertility.FertilityAnalyzer;
import org.vwb.vocab.fertility.FertilityStats;

/// Encoding throughput of the fertility report (streamed, parallel batches) against the native
/// library's single-thread speed on the same lines, in the same JVM, for each tokenizer given.
///
/// Usage: `EncodingThroughput CORPUS REPEATS TOKENIZER...`. Each measurement is the best of REPEATS
/// (after one untimed warm-up pass), in MB of UTF-8 text per second.
public final class EncodingThroughput {

    private EncodingThroughput() {
    }

    /// Runs the comparison and prints one Markdown table row per tokenizer.
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        int repeats = Integer.parseInt(args[1]);
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        double mb = Files.size(corpus) / 1e6;
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "corpus %s: %,d lines, %.2f MB; %d cores; load %s%n", corpus, lines.size(), mb,
                cores, Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println("| tokenizer | native, 1 thread (MB/s) | fertility report, 1 thread | fertility report, "
                + cores + " threads | speed-up over native 1 thread | tokens |");
        System.out.println("|---|---|---|---|---|---|");
        for (int i = 2; i < args.length; i++) {
            try (TokenizerEncoder enc = TokenizerEncoder.open(Path.of(args[i]))) {
                long tokens = nativeOnce(enc, lines);
                double nativeBest = Double.MAX_VALUE;
                double one = Double.MAX_VALUE;
                double all = Double.MAX_VALUE;
                for (int r = 0; r < repeats; r++) {
                    long t0 = System.nanoTime();
                    nativeOnce(enc, lines);
                    nativeBest = Math.min(nativeBest, (System.nanoTime() - t0) / 1e9);
                    one = Math.min(one, report(enc, corpus, 1, tokens));
                    all = Math.min(all, report(enc, corpus, cores, tokens));
                }
                System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f× | %,d |%n", args[i], mb / nativeBest,
                        mb / one, mb / all, nativeBest / all, tokens);
            }
        }
    }

    /// Encodes line by line on this thread only (what the native library does on its own).
    private static long nativeOnce(TokenizerEncoder enc, List<String> lines) {
        long tokens = 0;
        for (String l : lines) {
            tokens += enc.encode(l).length;
        }
        return tokens;
    }

    private static double report(TokenizerEncoder enc, Path corpus, int threads, long expectedTokens) throws IOException {
        long t0 = System.nanoTime();
        FertilityStats s = FertilityAnalyzer.measure(enc, List.of(corpus), threads, 10, JobContext.silent());
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (s.tokens() != expectedTokens) {
            throw new IllegalStateException("the report counted " + s.tokens() + " tokens, the native loop "
                    + expectedTokens);
        }
        return seconds;
    }
}
