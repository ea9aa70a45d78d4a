package org.vwb.align;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/// Test fixture: a Gaussian source space, a random rotation `q` and a target `S·q + noise`, with words
/// `s_i` ↔ `PREFIX i`, and the dictionary pairing `s_i` with `t_i`.
final class PlantedSpaces {

    /// The two spaces and the planted rotation (`d × d`, row-major).
    record Planted(StaticVectors source, StaticVectors target, float[] q) {
    }

    private PlantedSpaces() {
    }

    static Planted of(int n, int d, double noise, long seed, String targetPrefix) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] s = new float[n * d];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) rnd.nextGaussian();
        }
        float[] q = CrossLingualRetrievalTest.randomOrthogonal(d, rnd);
        float[] t = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double acc = 0;
                for (int m = 0; m < d; m++) {
                    acc += s[i * d + m] * q[m * d + j];
                }
                t[i * d + j] = (float) (acc + noise * rnd.nextGaussian());
            }
        }
        List<String> sw = new ArrayList<>();
        List<String> tw = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sw.add("s" + i);
            tw.add(targetPrefix + i);
        }
        return new Planted(StaticVectors.of(sw, s, d), StaticVectors.of(tw, t, d), q);
    }

    /// Pairs `s_i` ↔ `t_i` for `from ≤ i < to`.
    static BilingualDictionary dictionary(int from, int to) {
        List<WordPair> p = new ArrayList<>();
        for (int i = from; i < to; i++) {
            p.add(new WordPair("s" + i, "t" + i));
        }
        return new BilingualDictionary(p);
    }
}
