package org.vwb.ui.internal;

import java.util.Map;
import java.util.TreeMap;

/// `fvt 20, mean 10`: counts by name in name order, as the Initialize and Export screens show them.
final class Counts {

    private Counts() {
    }

    static String text(Map<String, Integer> counts) {
        return String.join(", ", new TreeMap<>(counts).entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }
}
