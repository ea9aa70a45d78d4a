package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vwb.model.patch.ExtraFile;
import org.vwb.model.patch.PatchException;
import org.vwb.model.patch.PatchException.Reason;
import org.vwb.model.patch.PatchRequest;

/// Where the output may go: never onto an input, and never where replacing it would delete one.
final class PathChecks {
    private PathChecks() {
    }

    /// The output folder as an absolute, normalized path (not resolved through links, so the temporary
    /// sibling and the rename stay where the user pointed).
    static Path output(PatchRequest request) {
        return request.output().toAbsolutePath().normalize();
    }

    /// Refuses an output equal to the base, inside it, or containing it; and an output that contains the
    /// tokenizer folder or an extra file's source, which an overwrite would delete.
    static void checkOverlap(PatchRequest request) throws IOException {
        checkOverlap(request.base(), request.output());
        Path out = real(request.output());
        if (real(request.tokenizer()).startsWith(out)) {
            throw overlap(request, "contains the tokenizer folder " + request.tokenizer()
                    + "; write the patched model elsewhere");
        }
        for (var e : request.extraFiles().entrySet()) {
            if (e.getValue() instanceof ExtraFile.CopyOf c && real(c.source()).startsWith(out)) {
                throw overlap(request, "contains " + c.source() + ", the source of extra file '" + e.getKey() + "'");
            }
        }
    }

    /// Refuses an output equal to the base, inside it, or containing it.
    static void checkOverlap(Path baseFolder, Path output) throws IOException {
        Path out = real(output);
        Path base = real(baseFolder);
        if (out.startsWith(base)) {
            throw overlap(output, out.equals(base) ? "is the base folder " + base
                    : "lies inside the base folder " + base + "; the base is never modified");
        }
        if (base.startsWith(out)) {
            throw overlap(output, "contains the base folder " + base);
        }
    }

    /// The nearest existing ancestor of `folder` (for the file-store query).
    static Path existingAncestor(Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? folder.toAbsolutePath().getRoot() : p;
    }

    /// `p` with links resolved as far as it exists, the rest appended: two spellings of one folder
    /// compare equal even before the output exists.
    static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = existingAncestor(abs);
        return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }

    private static PatchException overlap(PatchRequest request, String detail) {
        return overlap(request.output(), detail);
    }

    private static PatchException overlap(Path output, String detail) {
        return new PatchException(Reason.OUTPUT_OVERLAPS_INPUT, output.toAbsolutePath().normalize(),
                "the output folder " + detail);
    }

    /// Refuses a request whose output exists unless it allows overwriting.
    static void checkExisting(Path out, boolean overwrite) throws PatchException {
        if (java.nio.file.Files.exists(out) && !overwrite) {
            throw new PatchException(Reason.OUTPUT_EXISTS, out, "the output folder exists; choose another or allow"
                    + " overwriting (it is then replaced only after the new folder is verified)");
        }
    }

    /// The refusal for too little space.
    static PatchException noSpace(Path out, long needed, long usable) {
        return new PatchException(Reason.DISK_SPACE, existingAncestor(out.getParent()), "needs " + needed + " bytes ("
                + human(needed) + ") for " + out + ", but only " + usable + " bytes (" + human(usable)
                + ") are usable");
    }

    private static String human(long bytes) {
        return bytes >= 1L << 30 ? String.format(java.util.Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30))
                : String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }
}
