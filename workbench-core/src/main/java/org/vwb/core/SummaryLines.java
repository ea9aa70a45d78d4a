package org.vwb.core;

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

/// The labelled lines of a [ModelSummary], in the order `vwb inspect` prints them and the GUI's Summary
/// pane shows them, warnings last. Only formats: every figure comes from the summary. The front ends
/// only lay the lines out.
public final class SummaryLines {

    private SummaryLines() {
    }

    /// The lines for `s`.
    public static List<SummaryLine> of(ModelSummary s) {
        List<SummaryLine> lines = new ArrayList<>();
        add(lines, "Folder", s.folder().toString());
        add(lines, "Architecture", (s.architectures().isEmpty() ? "(not stated)" : String.join(", ", s.architectures()))
                + " (model_type " + s.modelType().orElse("not stated") + "; "
                + s.family().name().toLowerCase(Locale.ROOT) + "-style tensor names)");
        add(lines, "Dtype", "config " + s.torchDtype().orElse("not stated") + "; stored " + dtypes(s.tensorDtypes()));
        add(lines, "Parameters", n(s.parameterCount()) + " (" + bytes(s.tensorBytes()) + " of tensor data)");
        add(lines, "Weights", s.shards().size() == 1 ? s.shards().getFirst()
                : s.shards().size() + " shards: " + String.join(", ", s.shards()));
        add(lines, "Config", "vocab_size " + n(s.vocabSize()) + ", hidden_size " + n(s.hiddenSize()));
        add(lines, "Embedding", tensor(s.embedding()));
        add(lines, "LM head", switch (s.headKind()) {
            case TIED -> "tied to the embedding";
            case UNTIED -> tensor(s.head().orElseThrow()) + " (untied)";
            case NONE -> "none (an encoder: no LM head)";
        });
        add(lines, "Tokenizer", s.vocabulary().map(SummaryLines::vocabulary).orElse("none readable"),
                "files: " + (s.tokenizerFiles().isEmpty() ? "none" : String.join(", ", s.tokenizerFiles())));
        add(lines, "Special ids", specialIds(s.specialTokenIds()));
        s.cjk().ifPresentOrElse(c -> add(lines, "CJK", cjk(c)), () -> add(lines, "CJK", "no vocabulary to count"));
        add(lines, "Warnings", s.warnings().isEmpty() ? "none" : String.valueOf(s.warnings().size()));
        for (ModelWarning w : s.warnings()) {
            lines.add(new SummaryLine("Warning",
                    List.of(w.message() + " [" + w.code().name().toLowerCase(Locale.ROOT) + "]"), true));
        }
        return List.copyOf(lines);
    }

    /// `1,234 bytes` below 1 KiB, else one decimal in KiB, MiB, GiB or TiB with the exact count.
    public static String bytes(long b) {
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
        return String.format(Locale.ROOT, "%.1f %s, %s bytes", v, units[u], n(b));
    }

    private static void add(List<SummaryLine> lines, String label, String... values) {
        lines.add(new SummaryLine(label, List.of(values), false));
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

    private static String[] cjk(CjkCoverage c) {
        return new String[] {
            n(c.piecesWithCjk()) + " pieces contain Han ideographs, " + n(c.singleCharacterPieces())
                    + " of them a single character",
            String.format(Locale.ROOT, "%s of the %s ideographs U+4E00–U+9FFF (%.2f%%) are one token; the rest"
                    + " become %s", n(c.coveredUnifiedIdeographs()), n(CjkCoverage.UNIFIED_IDEOGRAPHS),
                    100 * c.coveredShare(), c.fallback() == CjkCoverage.Fallback.BYTES ? "UTF-8 byte pieces"
                            : "the unknown token (text is lost)")};
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }
}
