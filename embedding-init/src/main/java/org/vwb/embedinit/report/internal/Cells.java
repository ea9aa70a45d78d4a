package org.vwb.embedinit.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.vwb.embedinit.TokenInit;
import org.vwb.embedinit.report.DiagnosticsReport;
import org.vwb.embedinit.report.Neighbours;

/// Text of the compound cells shared by the CSV and HTML tables: mixture sources and neighbours.
public final class Cells {
    /// At most this many sources are listed per row (largest weights first).
    public static final int MAX_SOURCES = 8;

    private Cells() {}

    /// A source or neighbour: token, id and a number.
    public record Item(String token, int id, double value) {}

    /// The recorded sources of `t`, largest weight first, at most [#MAX_SOURCES].
    public static List<Item> sources(DiagnosticsReport r, TokenInit t) {
        return t == null ? List.of() : heaviest(r, t.sourceIds(), t.weights());
    }

    /// The [#MAX_SOURCES] largest weights (ties: smaller id first), by one scan that keeps a short sorted
    /// list: a mean's certificate has one weight per old row, so sorting them all per token would be slow.
    public static List<Item> heaviest(DiagnosticsReport r, int[] ids, double[] w) {
        List<Integer> best = new ArrayList<>(MAX_SOURCES + 1);
        Comparator<Integer> order = Comparator.<Integer>comparingDouble(k -> -w[k]).thenComparingInt(k -> ids[k]);
        for (int k = 0; k < ids.length; k++) {
            if (best.size() < MAX_SOURCES || order.compare(k, best.get(best.size() - 1)) < 0) {
                int at = 0;
                while (at < best.size() && order.compare(best.get(at), k) <= 0) {
                    at++;
                }
                best.add(at, k);
                if (best.size() > MAX_SOURCES) {
                    best.remove(best.size() - 1);
                }
            }
        }
        return best.stream().map(k -> new Item(r.oldToken(ids[k]), ids[k], w[k])).toList();
    }

    /// The neighbours, most similar first.
    public static List<Item> neighbours(DiagnosticsReport r, Neighbours n) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < n.ids().length; i++) {
            out.add(new Item(r.oldToken(n.ids()[i]), n.ids()[i], n.cosines()[i]));
        }
        return out;
    }

    /// `token (id) value; …`, plus `(+N more)` when the list was cut.
    public static String join(List<Item> items, int total) {
        StringBuilder s = new StringBuilder();
        for (Item it : items) {
            s.append(s.isEmpty() ? "" : "; ").append(it.token()).append(" (").append(it.id()).append(") ")
                    .append(number(it.value()));
        }
        if (total > items.size()) {
            s.append("; (+").append(total - items.size()).append(" more)");
        }
        return s.toString();
    }

    /// `text` with the characters no font draws visibly — controls, format characters (zero-width joiners,
    /// bidi marks), private-use, unassigned and lone surrogates — and every white space written as
    /// a backslash and `u{XXXX}`, except the plain space inside a longer token: what a reader must see to tell tokens apart.
    public static String visible(String text) {
        if (text.isEmpty()) {
            return "∅";
        }
        StringBuilder b = new StringBuilder();
        boolean blank = text.isBlank();
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) && (cp != ' ' || blank);
            if (hidden) {
                b.append(String.format(Locale.ROOT, "\\u{%04X}", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /// Four significant digits, `NaN` spelled out.
    public static String number(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.4g", v);
    }
}
