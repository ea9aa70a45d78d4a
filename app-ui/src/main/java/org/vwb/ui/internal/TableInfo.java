package org.vwb.ui.internal;

import java.util.Locale;

import org.vwb.core.CandidateTable;
import org.vwb.vocab.mine.MiningStats;

/// The line above the candidate table that says where its rows came from.
final class TableInfo {

    private TableInfo() {
    }

    /// A mined or read table: how many rows from which file, and the corpus figures when mined.
    static String of(CandidateTable t) {
        String head = String.format(Locale.ROOT, "%,d candidates from %s", t.rows().size(), t.source().getFileName());
        if (t.stats().isEmpty()) {
            return head;
        }
        MiningStats s = t.stats().get();
        return head + String.format(Locale.ROOT, " — corpus: %,d lines, %,d characters (%,d CJK), %,d base tokens",
                s.lines(), s.characters(), s.cjkCharacters(), s.baseTokens());
    }

    /// A table imported from another tokenizer, counted on a corpus or not.
    static String imported(CandidateTable t, boolean counted) {
        return String.format(Locale.ROOT, "%,d pieces of %s that the base lacks (%s)", t.rows().size(), t.source(),
                counted ? "frequency: how often that tokenizer emits the piece on the corpus"
                        : "no corpus: frequencies are 0, rows in the tokenizer's id order");
    }
}
