package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.vwb.model.patch.PlannedFile.Action;

/// Compares the output's files other than weights with the base's: every file the rules copy is there
/// and byte-identical, and the output holds nothing the rules do not produce.
final class FileComparison {
    private FileComparison() {
    }

    /// Compares; `shards` and `growing` are the base's shard files and those holding a growing tensor
    /// (compared by [TensorComparison]); `added` are the extra files' names. Returns the files compared.
    static int run(Path base, Path output, List<Path> shards, List<Path> growing, boolean sharded, Set<String> added,
                   Differences diffs, Meter meter, CopyDigests known) throws IOException {
        // The output's own tokenizer files decide which base tokenizer files had to be kept.
        List<FolderFiles.BaseFile> expected = FolderFiles.classify(base, shards, growing, sharded, output, added);
        Set<String> allowed = new HashSet<>(added);
        int compared = 0;
        for (FolderFiles.BaseFile f : expected) {
            if (f.action() == Action.SKIP) {
                continue;
            }
            allowed.add(f.path());
            Path o = output.resolve(f.path());
            if (!Files.isRegularFile(o)) {
                diffs.add(f.path(), "presence", "a file (" + f.action().name().toLowerCase() + " of the base's)", "missing");
            } else if (f.action() == Action.COPY && !shards.contains(f.file())) {
                long at = FileBytes.mismatch(f.file(), o, meter, known);
                compared++;
                if (at >= 0) {
                    diffs.add(f.path(), "byte " + at, "identical to the base's file", "a different byte or length");
                }
            }
        }
        for (String name : org.vwb.model.TokenizerFiles.KNOWN) {
            allowed.add(name);
        }
        for (String rel : files(output)) {
            if (!allowed.contains(rel)) {
                diffs.add(rel, "presence", "no such file (neither copied, rewritten, tokenizer nor extra)", "a file");
            }
        }
        return compared;
    }

    private static List<String> files(Path folder) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                out.add(FolderFiles.relative(folder, file));
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }
}
