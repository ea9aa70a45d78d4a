package org.vwb.model.patch.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// The [WindowDigests] of the base bytes a patch copied, taken as they passed through the copy, by base
/// file and byte range. With them the verify compares each copied range of the output with the base by
/// digest, reading only the output: the base is read once, by the copy, instead of twice (on a 13 GB
/// checkpoint that does not fit the page cache beside its copy, the second read of the base was a third
/// of the run's I/O). A window whose digest differs is then compared byte for byte with the base, so a
/// difference is still reported at its first byte.
///
/// A [#disabled] instance records nothing: the copy stays a kernel copy and the verify compares every
/// byte with the base (the standalone [org.vwb.model.patch.PatchVerifier], and the system property
/// `vwb.patch.verify=exact`). Thread-safe.
public final class CopyDigests {
    /// The system property that selects byte-for-byte comparison (`exact`) over digests (`digest`, the default).
    public static final String PROPERTY = "vwb.patch.verify";

    private record Range(Path file, long position, long length) {
    }

    private final boolean records;
    private final Map<Range, long[]> ranges = new ConcurrentHashMap<>();

    private CopyDigests(boolean records) {
        this.records = records;
    }

    /// An instance that records the digests of copied ranges.
    public static CopyDigests recording() {
        return new CopyDigests(true);
    }

    /// An instance that records nothing (verify byte for byte).
    public static CopyDigests disabled() {
        return new CopyDigests(false);
    }

    /// Recording unless the system property [#PROPERTY] is `exact`.
    ///
    /// @throws IllegalArgumentException for a value other than `exact` or `digest`
    public static CopyDigests fromSystemProperty() {
        String v = System.getProperty(PROPERTY, "digest");
        return switch (v) {
            case "digest" -> recording();
            case "exact" -> disabled();
            default -> throw new IllegalArgumentException("-D" + PROPERTY + ": expected digest or exact, found '" + v + "'");
        };
    }

    /// Whether copies should digest their bytes.
    public boolean records() {
        return records;
    }

    /// Records the window digests of `length` bytes at `position` of `file`.
    void put(Path file, long position, long length, long[] windows) {
        if (records) {
            ranges.put(new Range(key(file), position, length), windows.clone());
        }
    }

    /// The window digests recorded for exactly this range, if any.
    Optional<long[]> get(Path file, long position, long length) {
        return Optional.ofNullable(ranges.get(new Range(key(file), position, length)));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
