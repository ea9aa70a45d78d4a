package org.vwb.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.vwb.model.CjkCoverage;
import org.vwb.model.ModelSummary;
import org.vwb.model.ModelWarning;
import org.vwb.model.TensorSummary;
import org.vwb.model.VocabularySummary;

/// Turns the core's [ModelSummary] into the labelled lines `vwb inspect` prints, warnings last. Only
/// formats: every figure comes from the summary.
public final class SummaryRows {

    private SummaryRows() {
    }

    /// The rows for `s`.
    public static List<SummaryRow> of(ModelSummary s) {
        List<SummaryRow> rows = new ArrayList<>();
        add(rows, "Folder", s.folder().toString());
        add(rows, "Architecture", (s.architectures().isEmpty() ? "(not stated)" : String.join(", ", s.architectures()))
                + " (model_type " + s.modelType().orElse("not stated") + "; "
                + s.family().name().toLowerCase(Locale.ROOT) + "-style tensor names)");
        add(rows, "Dtype", "config " + s.torchDtype().orElse("not stated") + "; stored " + dtypes(s.tensorDtypes()));
        add(rows, "Parameters", n(s.parameterCount()) + " (" + bytes(s.tensorBytes()) + " of tensor data)");
        add(rows, "Weights", s.shards().size() == 1 ? s.shards().getFirst()
                : s.shards().size() + " shards: " + String.join(", ", s.shards()));
        add(rows, "Config", "vocab_size " + n(s.vocabSize()) + ", hidden_size " + n(s.hiddenSize()));
        add(rows, "Embedding", tensor(s.embedding()));
        add(rows, "LM head", switch (s.headKind()) {
            case TIED -> "tied to the embedding";
            case UNTIED -> tensor(s.head().orElseThrow()) + " (untied)";
            case NONE -> "none (an encoder: no LM head)";
        });
        add(rows, "Tokenizer", s.vocabulary().map(SummaryRows::vocabulary).orElse("none readable"));
        add(rows, "Tokenizer files", s.tokenizerFiles().isEmpty() ? "none" : String.join(", ", s.tokenizerFiles()));
        add(rows, "Special ids", specialIds(s.specialTokenIds()));
        add(rows, "CJK", s.cjk().map(SummaryRows::cjk).orElse("no vocabulary to count"));
        if (s.warnings().isEmpty()) {
            add(rows, "Warnings", "none");
        }
        for (ModelWarning w : s.warnings()) {
            rows.add(new SummaryRow("Warning", w.message() + " [" + w.code().name().toLowerCase(Locale.ROOT) + "]",
                    true));
        }
        return List.copyOf(rows);
    }

    private static void add(List<SummaryRow> rows, String label, String value) {
        rows.add(new SummaryRow(label, value, false));
    }

    private static String tensor(TensorSummary t) {
        return t.name() + "  " + t.dtype() + " " + t.shape();
    }

    private static String vocabulary(VocabularySummary v) {
        return v.kind().name().toLowerCase(Locale.ROOT) + ", " + n(v.size()) + " ids, from " + v.file()
                + (v.byteFallback() ? " (byte fallback)" : "");
    }

    private static String dtypes(Map<String, Integer> dtypes) {
        List<String> parts = new ArrayList<>();
        dtypes.forEach((d, count) -> parts.add(d + " (" + count + (count == 1 ? " tensor)" : " tensors)")));
        return String.join(", ", parts);
    }

    private static String specialIds(Map<String, List<Integer>> ids) {
        if (ids.isEmpty()) {
            return "none stated in config.json";
        }
        List<String> parts = new ArrayList<>();
        new TreeMap<>(ids).forEach((k, v) -> parts.add(k.replace("_token_id", "") + " "
                + (v.size() == 1 ? v.getFirst().toString() : v.toString())));
        return String.join(", ", parts);
    }

    private static String cjk(CjkCoverage c) {
        return String.format(Locale.ROOT, "%s pieces contain Han ideographs (%s a single character); "
                        + "%s of the %s ideographs U+4E00–U+9FFF (%.2f%%) are one token; the rest become %s",
                n(c.piecesWithCjk()), n(c.singleCharacterPieces()), n(c.coveredUnifiedIdeographs()),
                n(CjkCoverage.UNIFIED_IDEOGRAPHS), 100 * c.coveredShare(),
                c.fallback() == CjkCoverage.Fallback.BYTES ? "UTF-8 byte pieces" : "the unknown token (text is lost)");
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /// `1,234 bytes` below 1 KiB, else one decimal in KiB, MiB or GiB.
    static String bytes(long b) {
        if (b < 1024) {
            return n(b) + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = b;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
