package org.vwb.embedinit.internal.vectors;

/// The `k` largest entries of a row by partial selection (one pass, a sorted buffer of `k`), not a full
/// sort. Ties go to the lower index: a later entry must be strictly larger to displace an earlier one.
public final class TopK {

    private TopK() {
    }

    /// Writes the indices (relative to `offset`) of the `k` largest of `values[offset .. offset+length)`
    /// into `index` and their values into `value`, largest first; returns how many were found
    /// (`min(k, length)`). `index` and `value` must hold `k` entries.
    public static int select(float[] values, int offset, int length, int k, int[] index, float[] value) {
        int found = 0;
        for (int c = 0; c < length; c++) {
            float v = values[offset + c];
            if (found == k && !(v > value[k - 1])) {
                continue;
            }
            int at = found == k ? k - 1 : found++;
            while (at > 0 && v > value[at - 1]) {
                value[at] = value[at - 1];
                index[at] = index[at - 1];
                at--;
            }
            value[at] = v;
            index[at] = c;
        }
        return found;
    }
}
