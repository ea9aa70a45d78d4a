package org.vwb.align;

/// How a fastText model splits a string into character n-grams: lengths `minn..maxn` (in Unicode code
/// points of `<word>`) hashed into `bucket` rows after the `nwords` word rows.
public record SubwordSpec(int minn, int maxn, int bucket, int nwords) {

    /// Validates the values (as read from a model's Args block).
    public SubwordSpec {
        if (minn < 0 || maxn < 0 || bucket < 0 || nwords < 0) {
            throw new IllegalArgumentException("negative subword parameter: minn=" + minn + " maxn=" + maxn
                    + " bucket=" + bucket + " nwords=" + nwords);
        }
    }
}
