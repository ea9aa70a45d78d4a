package org.vwb.embedinit.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// "Nice" tick positions (1, 2 or 5 times a power of ten) and compact labels.
final class Ticks {
    private Ticks() {}

    static List<Double> of(double lo, double hi, int target) {
        double span = hi - lo;
        List<Double> out = new ArrayList<>();
        if (!(span > 0) || !Double.isFinite(span)) {
            out.add(lo);
            return out;
        }
        double raw = span / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return out;
    }

    static String format(double v) {
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 1e5 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s;
    }
}
