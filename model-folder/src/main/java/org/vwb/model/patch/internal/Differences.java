package org.vwb.model.patch.internal;

import java.util.ArrayList;
import java.util.List;

import org.vwb.model.patch.Difference;

/// Collects what a verification finds, up to a cap: a badly broken folder should give a readable list,
/// not millions of rows.
final class Differences {
    static final int MAX = 200;
    private final List<Difference> found = new ArrayList<>();

    void add(String file, String item, Object expected, Object found) {
        if (this.found.size() < MAX) {
            this.found.add(new Difference(file, item, String.valueOf(expected), String.valueOf(found)));
        }
    }

    /// Adds what `other` found, in its order, up to the cap.
    void addAll(Differences other) {
        for (Difference d : other.found) {
            if (found.size() < MAX) {
                found.add(d);
            }
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Difference> list() {
        return List.copyOf(found);
    }
}
