package org.vwb.align;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Word-translation precision on a held-out dictionary (MUSE's protocol): a source word counts as
/// translated correctly at `k` if any of its gold targets is among the `k` best retrieved targets.
///
/// @param queries source words evaluated (in the source vocabulary, with ≥ 1 gold target in the target vocabulary)
/// @param skipped distinct dictionary source words left out because of that rule
/// @param nnP1    precision at 1 with nearest-neighbour retrieval
/// @param nnP5    precision at 5 with nearest-neighbour retrieval
/// @param cslsP1  precision at 1 with CSLS retrieval
/// @param cslsP5  precision at 5 with CSLS retrieval
public record TranslationScores(int queries, int skipped, double nnP1, double nnP5, double cslsP1, double cslsP5) {

    /// Evaluates `retriever` on `test` (pairs source word → gold target).
    public static TranslationScores evaluate(CrossLingualRetriever retriever, BilingualDictionary test) {
        StaticVectors src = retriever.source();
        StaticVectors tgt = retriever.target();
        Map<Integer, List<Integer>> gold = new LinkedHashMap<>();
        int skipped = 0;
        for (var e : test.bySource().entrySet()) {
            int s = src.indexOf(e.getKey());
            List<Integer> targets = e.getValue().stream().map(tgt::indexOf).filter(t -> t >= 0).toList();
            if (s < 0 || targets.isEmpty()) {
                skipped++;
            } else {
                gold.merge(s, targets, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
            }
        }
        if (gold.isEmpty()) {
            return new TranslationScores(0, skipped, 0, 0, 0, 0);
        }
        int[] hits = new int[4];
        for (var e : gold.entrySet()) {
            List<Integer> nn = retriever.translate(e.getKey(), 5, Retrieval.NN).stream().map(Neighbor::index).toList();
            List<Integer> csls = retriever.translate(e.getKey(), 5, Retrieval.CSLS).stream().map(Neighbor::index).toList();
            hits[0] += hit(nn, 1, e.getValue());
            hits[1] += hit(nn, 5, e.getValue());
            hits[2] += hit(csls, 1, e.getValue());
            hits[3] += hit(csls, 5, e.getValue());
        }
        double q = gold.size();
        return new TranslationScores(gold.size(), skipped, hits[0] / q, hits[1] / q, hits[2] / q, hits[3] / q);
    }

    private static int hit(List<Integer> ranked, int k, List<Integer> gold) {
        return ranked.subList(0, Math.min(k, ranked.size())).stream().anyMatch(gold::contains) ? 1 : 0;
    }
}
