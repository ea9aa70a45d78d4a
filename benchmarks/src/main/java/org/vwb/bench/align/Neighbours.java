package org.vwb.bench.align;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.vwb.align.Neighbor;
import org.vwb.align.StaticVectors;
import org.vwb.align.VectorReader;

/// Prints the 5 nearest neighbours of fixed query words in each of several `.vec` files, and the mean
/// cosine of the query words' top-5 neighbours, for the quality check beside the speed benchmark.
///
/// Usage: `Neighbours WORDS(comma-separated) FILE.vec...`
public final class Neighbours {

    private Neighbours() {
    }

    /// Prints one block per file.
    public static void main(String[] args) throws IOException {
        List<String> words = List.of(args[0].split(","));
        for (int f = 1; f < args.length; f++) {
            StaticVectors v = VectorReader.read(Path.of(args[f])).normalized();
            System.out.println("== " + args[f] + " (" + v.size() + " words)");
            for (String w : words) {
                List<Neighbor> nn = v.nearest(w, 5);
                System.out.println("  " + w + ": " + nn.stream()
                        .map(n -> String.format(Locale.ROOT, "%s %.2f", n.word(), n.score()))
                        .collect(Collectors.joining(", ")));
            }
        }
    }
}
