package org.vwb.model.patch.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.vwb.model.HeadKind;
import org.vwb.model.patch.NewRows;
import org.vwb.model.patch.PatchException;
import org.vwb.model.patch.PatchException.Reason;
import org.vwb.safetensors.Conversions;
import org.vwb.safetensors.DType;

/// Checks the request's rows against the tensors they extend: which are required, counts, widths,
/// dtypes and finite values.
final class RowChecks {
    private RowChecks() {
    }

    /// Checks `rows` for `targets`; `weights` names the weights in messages.
    static void check(List<Target> targets, HeadKind headKind, NewRows rows, long newCount, Path weights)
            throws PatchException {
        boolean hasHead = targets.stream().anyMatch(t -> t.kind() == Target.Kind.HEAD);
        boolean hasBias = targets.stream().anyMatch(t -> t.kind() == Target.Kind.HEAD_BIAS);
        if (!hasHead && rows.head().isPresent()) {
            throw new PatchException(Reason.HEAD_ROWS_FOR_TIED, weights, "LM head rows were given, but the head is "
                    + (headKind == HeadKind.TIED ? "tied to the embedding (no separate tensor)" : "absent (an encoder)")
                    + "; give the embedding rows only");
        }
        if (!hasBias && rows.headBias().isPresent()) {
            throw new PatchException(Reason.HEAD_BIAS_UNEXPECTED, weights, "LM head bias entries were given, but no"
                    + " LM head bias tensor is stored");
        }
        for (Target t : targets) {
            Optional<NewRowSource> source = NewRowSource.of(t, rows);
            if (source.isEmpty()) {
                throw t.kind() == Target.Kind.HEAD
                        ? new PatchException(Reason.HEAD_ROWS_MISSING, weights, "the LM head '" + t.name()
                                + "' is a separate tensor; new head rows are required")
                        : new PatchException(Reason.HEAD_BIAS_MISSING, weights, "the LM head bias '" + t.name()
                                + "' is stored; one new bias entry per new id is required");
            }
            checkTarget(t, source.get(), newCount, weights);
        }
    }

    private static void checkTarget(Target t, NewRowSource s, long newCount, Path weights) throws PatchException {
        if (s.rows() != newCount) {
            throw new PatchException(Reason.ROW_COUNT, weights, "'" + t.name() + "' needs " + newCount
                    + " new rows (newVocabSize minus its " + t.info().shape()[0] + " rows), " + s.rows() + " were given");
        }
        if (s.columns() != t.columns()) {
            throw new PatchException(Reason.ROW_WIDTH, weights, "'" + t.name() + "' has rows of " + t.columns()
                    + " values, the new rows have " + s.columns());
        }
        DType dtype = t.info().dtype();
        if (!dtype.isConvertibleToF32()) {
            throw new PatchException(Reason.UNSUPPORTED_DTYPE, weights, "'" + t.name() + "' is " + dtype.wireName()
                    + "; only F32, F16, BF16 and F64 tensors can be extended");
        }
        long oldRows = t.info().shape()[0];
        // Rows in parallel (82 M values on a 7B expansion, on the way to the write); the first bad row
        // in id order is reported, however the rows were split.
        java.util.OptionalInt bad = java.util.stream.IntStream.range(0, s.rows()).parallel()
                .filter(r -> badColumn(dtype, s, r) >= 0).findFirst();
        if (bad.isPresent()) {
            int r = bad.getAsInt();
            int c = badColumn(dtype, s, r);
            float v = s.get(r, c);
            throw new PatchException(Reason.NOT_FINITE, weights, "'" + t.name() + "' new row " + r
                    + " (id " + (oldRows + r) + "), column " + c + " is " + v
                    + (Float.isFinite(v) ? ", which is infinite in " + dtype.wireName() : "")
                    + "; every new value must be finite");
        }
    }

    /// The first column of new row `r` that is not finite, as given or once stored as `dtype`; -1 if none.
    private static int badColumn(DType dtype, NewRowSource s, int r) {
        for (int c = 0; c < s.columns(); c++) {
            float v = s.get(r, c);
            if (!Float.isFinite(v) || !Float.isFinite(roundTrip(dtype, v))) {
                return c;
            }
        }
        return -1;
    }

    /// `v` as the dtype stores it.
    static float roundTrip(DType dtype, float v) {
        return switch (dtype) {
            case BF16 -> Conversions.bf16ToF32(Conversions.f32ToBf16(v));
            case F16 -> Conversions.f16ToF32(Conversions.f32ToF16(v));
            default -> v;
        };
    }
}
