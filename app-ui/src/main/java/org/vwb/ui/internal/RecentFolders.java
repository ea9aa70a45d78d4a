package org.vwb.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;

/// The most recently opened model folders, newest first, kept in a preferences node so they survive a
/// restart. Missing folders are kept (a removable disk may come back); the list is capped at [#MAX].
public final class RecentFolders {

    /// How many folders are remembered.
    public static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences prefs;

    /// Reads and writes `prefs`.
    public RecentFolders(Preferences prefs) {
        this.prefs = Objects.requireNonNull(prefs, "prefs");
    }

    /// The folders, newest first.
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String v = prefs.get(KEY + i, null);
            if (v != null && !v.isBlank()) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /// Moves `folder` to the front (adding it if new) and returns the new list.
    public List<Path> remember(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(list());
        next.remove(abs);
        next.addFirst(abs);
        while (next.size() > MAX) {
            next.removeLast();
        }
        for (int i = 0; i < MAX; i++) {
            if (i < next.size()) {
                prefs.put(KEY + i, next.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
        return List.copyOf(next);
    }
}
