package org.vwb.cli.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vwb.model.CjkCoverage;
import org.vwb.model.ModelSummary;
import org.vwb.model.ModelWarning;
import org.vwb.model.TensorSummary;
import org.vwb.model.VocabularySummary;

/// The human-readable form of `vwb inspect`: one labelled line per aspect, warnings last.
public final class SummaryText {

    private static final String INDENT = " ".repeat(14);

    private SummaryText() {
    }

    /// Formats `s`, ending with a line separator.
    public static String format(ModelSummary s) {
        StringBuilder sb = new StringBuilder();
        row(sb, "Folder", s.folder().toString());
        row(sb, "Architecture", (s.architectures().isEmpty() ? "(not stated)" : String.join(", ", s.architectures()))
                + " (model_type " + s.modelType().orElse("not stated") + "; "
                + s.family().name().toLowerCase(Locale.ROOT) + "-style tensor names)");
        row(sb, "Dtype", "config " + s.torchDtype().orElse("not stated") + "; stored " + dtypes(s.tensorDtypes()));
        row(sb, "Parameters", n(s.parameterCount()) + " (" + bytes(s.tensorBytes()) + " of tensor data)");
        row(sb, "Weights", s.shards().size() == 1 ? s.shards().getFirst()
                : s.shards().size() + " shards: " + String.join(", ", s.shards()));
        row(sb, "Config", "vocab_size " + n(s.vocabSize()) + ", hidden_size " + n(s.hiddenSize()));
        row(sb, "Embedding", tensor(s.embedding()));
        row(sb, "LM head", switch (s.headKind()) {
            case TIED -> "tied to the embedding";
            case UNTIED -> tensor(s.head().orElseThrow()) + " (untied)";
            case NONE -> "none (an encoder: no LM head)";
        });
        row(sb, "Tokenizer", s.vocabulary().map(SummaryText::vocabulary).orElse("none readable"));
        sb.append(INDENT).append("files: ")
                .append(s.tokenizerFiles().isEmpty() ? "none" : String.join(", ", s.tokenizerFiles())).append('\n');
        row(sb, "Special ids", specialIds(s.specialTokenIds()));
        s.cjk().ifPresentOrElse(c -> cjk(sb, c), () -> row(sb, "CJK", "no vocabulary to count"));
        if (s.warnings().isEmpty()) {
            row(sb, "Warnings", "none");
        } else {
            row(sb, "Warnings", String.valueOf(s.warnings().size()));
            for (ModelWarning w : s.warnings()) {
                sb.append("  - ").append(w.message()).append(" [").append(w.code().name().toLowerCase(Locale.ROOT))
                        .append("]\n");
            }
        }
        return sb.toString().replace("\n", System.lineSeparator());
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "%-14s", label)).append(value).append('\n');
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
        new java.util.TreeMap<>(ids).forEach((k, v) -> parts.add(k.replace("_token_id", "") + " "
                + (v.size() == 1 ? v.getFirst().toString() : v.toString())));
        return String.join(", ", parts);
    }

    private static void cjk(StringBuilder sb, CjkCoverage c) {
        row(sb, "CJK", n(c.piecesWithCjk()) + " pieces contain Han ideographs, " + n(c.singleCharacterPieces())
                + " of them a single character");
        sb.append(INDENT).append(String.format(Locale.ROOT, "%s of the %s ideographs U+4E00–U+9FFF (%.2f%%) are one"
                        + " token; the rest become %s", n(c.coveredUnifiedIdeographs()), n(CjkCoverage.UNIFIED_IDEOGRAPHS),
                100 * c.coveredShare(), c.fallback() == CjkCoverage.Fallback.BYTES ? "UTF-8 byte pieces"
                        : "the unknown token (text is lost)")).append('\n');
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /// `1,234 bytes` below 1 KiB, else one decimal in KiB, MiB or GiB with the exact count.
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
        return String.format(Locale.ROOT, "%.1f %s, %s bytes", v, units[u], n(b));
    }
}
