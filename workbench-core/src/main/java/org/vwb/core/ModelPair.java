package org.vwb.core;

import java.lang.foreign.MemorySegment;
import java.util.Locale;
import org.vwb.model.HeadKind;
import org.vwb.model.ModelFolder;
import org.vwb.numeric.FloatMatrix;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.TensorInfo;
import org.vwb.safetensors.TensorView;

/// Checks that a patched model extends its base (same width and dtype, same head kind, more rows, old rows
/// byte-identical) and reads the old and new rows as `float` matrices.
final class ModelPair {
    private ModelPair() {}

    /// Shapes, dtypes and head kinds, from the headers only.
    static void checkShapes(ModelFolder base, ModelFolder patched) throws ModelExtensionException {
        TensorInfo be = base.layout().embedding();
        TensorInfo pe = patched.layout().embedding();
        if (be.shape()[1] != pe.shape()[1]) {
            throw new ModelExtensionException(ModelExtensionException.Reason.DIMENSION_MISMATCH, patched.folder()
                    + ": embedding '" + pe.name() + "' has width " + pe.shape()[1] + " but the base's '" + be.name()
                    + "' (" + base.folder() + ") has width " + be.shape()[1]
                    + ": a patched model must keep the base's hidden size");
        }
        if (be.dtype() != pe.dtype()) {
            throw new ModelExtensionException(ModelExtensionException.Reason.DTYPE_MISMATCH, patched.folder()
                    + ": embedding '" + pe.name() + "' is " + pe.dtype().wireName() + " but the base's is "
                    + be.dtype().wireName() + ": old rows can only be compared in the same dtype");
        }
        if ((base.layout().headKind() == HeadKind.UNTIED) != (patched.layout().headKind() == HeadKind.UNTIED)) {
            throw new ModelExtensionException(ModelExtensionException.Reason.HEAD_MISMATCH, patched.folder()
                    + ": the head is " + kind(patched) + " but the base's head is " + kind(base));
        }
        if (pe.shape()[0] <= be.shape()[0]) {
            throw new ModelExtensionException(ModelExtensionException.Reason.NO_NEW_ROWS, patched.folder()
                    + ": embedding '" + pe.name() + "' has " + pe.shape()[0] + " rows, the base has " + be.shape()[0]
                    + ": expected more rows in the patched model (the new tokens)");
        }
        long elements = pe.shape()[0] * pe.shape()[1];
        if (elements > Integer.MAX_VALUE - 8) {
            throw new ModelExtensionException(ModelExtensionException.Reason.TOO_LARGE, patched.folder() + ": embedding '"
                    + pe.name() + "' has " + elements + " elements, more than one float array holds");
        }
    }

    private static String kind(ModelFolder m) {
        return m.layout().headKind().name().toLowerCase(Locale.ROOT);
    }

    /// Compares the base's rows with the first rows of the patched tensor, byte for byte.
    ///
    /// @throws ModelExtensionException naming the tensor, the first differing row and column, and both values
    static void checkOldRows(Checkpoint base, Checkpoint patched, String baseName, String patchedName)
            throws ModelExtensionException {
        TensorView b = base.tensor(baseName);
        TensorView p = patched.tensor(patchedName);
        long bytes = b.data().byteSize();
        long at = MemorySegment.mismatch(b.data(), 0, bytes, p.data(), 0, bytes);
        if (at < 0) {
            return;
        }
        long rowBytes = bytes / b.rows();
        long row = at / rowBytes;
        int col = (int) ((at % rowBytes) / b.info().dtype().bytes());
        float[] expected = new float[Math.toIntExact(b.columns())];
        float[] found = new float[expected.length];
        b.readRow(row, expected);
        p.readRow(row, found);
        throw new ModelExtensionException(ModelExtensionException.Reason.OLD_ROWS_DIFFER, patched.shardOf(patchedName)
                + ": tensor '" + patchedName + "' row " + row + " differs from the base (" + base.shardOf(baseName)
                + ") at column " + col + ": expected " + expected[col] + " (the base's value), found " + found[col]
                + ": the patched model is not an extension of this base (its old rows must be kept unchanged)");
    }

    /// Rows `[from, to)` of `name` as f32.
    static FloatMatrix rows(Checkpoint c, String name, long from, long to) {
        TensorView v = c.tensor(name);
        int d = Math.toIntExact(v.columns());
        int n = Math.toIntExact(to - from);
        float[] a = new float[Math.multiplyExact(n, d)];
        v.readRows(from, n, a);
        return new FloatMatrix(n, d, a);
    }
}
