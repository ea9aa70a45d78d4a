package org.vwb.embedinit.report.internal;

/// A tiny HTML builder: every text goes through [#esc], so a token like `<script>` or `&amp;` shows as
/// itself instead of becoming markup.
final class Html {
    private final StringBuilder s = new StringBuilder(1 << 16);

    /// Escapes `&`, `<`, `>`, `"` and `'` (enough for text and quoted attribute values).
    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /// Appends markup as is (only for literal tags written in this package).
    Html raw(String markup) {
        s.append(markup);
        return this;
    }

    /// Appends escaped text.
    Html text(String text) {
        s.append(esc(text));
        return this;
    }

    /// `<tag>escaped text</tag>`.
    Html el(String tag, String text) {
        return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ")[0] + ">");
    }

    /// A table row of header cells.
    Html headRow(String... cells) {
        raw("<tr>");
        for (String c : cells) {
            el("th", c);
        }
        return raw("</tr>\n");
    }

    @Override
    public String toString() {
        return s.toString();
    }
}
