package org.vwb.vocab.mine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.vwb.vocab.mine.Candidate;

/// Ranks candidate rows by tokens saved (descending, ties in learning order) while keeping every row
/// after the rows it is made of, so any prefix of the ranking is a valid set of additions.
final class CandidateOrder {
    private CandidateOrder() {
    }

    static List<Candidate> rank(List<Candidate> rows, Predicate<String> inBase) {
        List<Candidate> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(Candidate::tokensSaved).reversed()); // stable: learning order on ties
        Set<String> placed = new HashSet<>();
        Map<String, List<Candidate>> waiting = new HashMap<>();
        List<Candidate> out = new ArrayList<>(rows.size());
        for (Candidate c : sorted) {
            place(c, placed, waiting, out, inBase);
        }
        return out;
    }

    private static void place(Candidate c, Set<String> placed, Map<String, List<Candidate>> waiting, List<Candidate> out,
            Predicate<String> inBase) {
        String missing = missingPart(c, placed, inBase);
        if (missing != null) {
            waiting.computeIfAbsent(missing, k -> new ArrayList<>()).add(c);
            return;
        }
        out.add(c);
        placed.add(c.piece());
        List<Candidate> ready = waiting.remove(c.piece());
        if (ready != null) {
            for (Candidate r : ready) {
                place(r, placed, waiting, out, inBase);
            }
        }
    }

    private static String missingPart(Candidate c, Set<String> placed, Predicate<String> inBase) {
        if (c.isCharacter()) {
            return null;
        }
        for (String part : new String[] {c.left(), c.right()}) {
            if (!placed.contains(part) && !inBase.test(part)) {
                return part;
            }
        }
        return null;
    }
}
