package org.vwb.ui.internal;

import java.util.Locale;

/// Text made visible for tables and chips: a space shows as `␣` and a control character as a Java-style
/// escape of its code point, so "▁the", " the" and "the" never look alike.
final class VisibleText {

    private VisibleText() {
    }

    static String of(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == ' ') {
                sb.append('␣');
            } else if (Character.isISOControl(cp)) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
