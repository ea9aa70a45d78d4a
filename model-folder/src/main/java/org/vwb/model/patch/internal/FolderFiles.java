package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.vwb.model.TokenizerFiles;
import org.vwb.model.patch.ExtraFile;
import org.vwb.model.patch.PatchException;
import org.vwb.model.patch.PatchException.Reason;
import org.vwb.model.patch.PlannedFile;
import org.vwb.model.patch.PlannedFile.Action;
import org.vwb.safetensors.ShardIndex;

/// Decides, file by file, how the output folder is made from the base, the tokenizer folder and the
/// extra files. The rules (the package documentation has them as a table):
///
/// - shards holding a growing tensor are rewritten, the other shards copied; `config.json` and the index
///   are rewritten;
/// - tokenizer files come from the tokenizer folder; a base tokenizer file it lacks is kept when it only
///   configures (`tokenizer_config.json`, `special_tokens_map.json`) and skipped when it lists the old
///   vocabulary (`vocab.txt`, `merges.txt`, …);
/// - weights in other formats, or safetensors files outside the checkpoint, are skipped: they would still
///   hold the old vocabulary; hidden folders (`.git`, `.cache`) are skipped;
/// - every other file, in subfolders too (`1_Pooling/config.json`), is copied byte for byte.
public final class FolderFiles {

    /// Names of weight files in formats other than the checkpoint's (PyTorch, TF, Flax, ONNX, GGUF).
    private static final Pattern OTHER_WEIGHTS = Pattern.compile(
            "(?i).*\\.(safetensors|bin|pth|pt|ckpt|h5|msgpack|onnx|onnx_data|gguf|ot)|.*\\.index\\.json");
    /// `.bin` files that are not weights (HF training state and arguments are, or hold, pickles of vocab-free data).
    private static final Pattern NOT_WEIGHTS = Pattern.compile("(?i)training_args\\.bin");

    private FolderFiles() {
    }

    /// What becomes of one base file, before the sizes are known.
    record BaseFile(String path, Path file, Action action, String note) {
    }

    /// Classifies every file under `base`; `shards` are the checkpoint's files, `rewritten` those of them
    /// holding a growing tensor, `tokenizer` the folder whose tokenizer files replace the base's and `extras`
    /// the names of the extra files, which replace a base file of the same name.
    public static List<BaseFile> classify(Path base, List<Path> shards, List<Path> rewritten, boolean sharded,
                                          Path tokenizer, java.util.Set<String> extras) throws IOException {
        List<BaseFile> out = new ArrayList<>();
        List<String> shardNames = shards.stream().map(s -> relative(base, s)).toList();
        List<String> rewrittenNames = rewritten.stream().map(s -> relative(base, s)).toList();
        for (Path file : walk(base, out)) {
            String rel = relative(base, file);
            String name = file.getFileName().toString();
            boolean top = !rel.contains("/");
            if (rewrittenNames.contains(rel)) {
                out.add(new BaseFile(rel, file, Action.REWRITE, ""));
            } else if (shardNames.contains(rel)) {
                out.add(new BaseFile(rel, file, Action.COPY, ""));
            } else if (top && name.equals("config.json")) {
                out.add(new BaseFile(rel, file, Action.CONFIG, ""));
            } else if (top && sharded && name.equals(ShardIndex.FILE_NAME)) {
                out.add(new BaseFile(rel, file, Action.INDEX, ""));
            } else if (top && extras.contains(name)) {
                continue; // the extra file of that name replaces it
            } else if (top && TokenizerNames.isTokenizerFile(name)) {
                tokenizerFile(rel, file, tokenizer).ifPresent(out::add);
            } else if (OTHER_WEIGHTS.matcher(name).matches() && !NOT_WEIGHTS.matcher(name).matches()) {
                out.add(new BaseFile(rel, file, Action.SKIP, "weights outside the safetensors checkpoint;"
                        + " they would still hold the old vocabulary"));
            } else if (!top && TokenizerNames.holdsVocabulary(name)) {
                out.add(new BaseFile(rel, file, Action.SKIP, "a tokenizer file in a subfolder holds the old vocabulary"));
            } else {
                out.add(new BaseFile(rel, file, Action.COPY, ""));
            }
        }
        return out;
    }

    /// The tokenizer files of `tokenizer`, as output entries.
    static List<PlannedFile> tokenizerFiles(Path tokenizer, Path base) throws IOException {
        List<PlannedFile> out = new ArrayList<>();
        for (String name : TokenizerFiles.scan(tokenizer).present()) {
            Path file = tokenizer.resolve(name);
            String note = Files.exists(base.resolve(name)) ? "replaces the base's" : "";
            out.add(new PlannedFile(name, Action.TOKENIZER, Files.size(file), Optional.of(file), note));
        }
        return out;
    }

    /// The extra files as output entries, after checking their names and sources.
    static List<PlannedFile> extraFiles(Map<String, ExtraFile> extras, Path base, List<String> reserved)
            throws IOException {
        List<PlannedFile> out = new ArrayList<>();
        for (Map.Entry<String, ExtraFile> e : extras.entrySet()) {
            String name = e.getKey();
            if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                    || name.indexOf('\0') >= 0) {
                throw new PatchException(Reason.EXTRA_FILE_INVALID, Path.of(name.replace('\0', '?')),
                        "an extra file's name must be a plain file name");
            }
            if (reserved.contains(name) || TokenizerNames.isTokenizerFile(name)) {
                throw new PatchException(Reason.EXTRA_FILE_INVALID, Path.of(name), "is a model file of the output"
                        + " (config, weights, index or tokenizer); choose another name for the extra file");
            }
            Optional<Path> source = Optional.empty();
            if (e.getValue() instanceof ExtraFile.CopyOf c) {
                if (!Files.isRegularFile(c.source())) {
                    throw new PatchException(Reason.EXTRA_FILE_INVALID, c.source(), "the source of extra file '"
                            + name + "' is not a readable file");
                }
                source = Optional.of(c.source());
            }
            String note = Files.exists(base.resolve(name)) ? "replaces the base's" : "";
            out.add(new PlannedFile(name, Action.EXTRA, e.getValue().size(), source, note));
        }
        return out;
    }

    /// `file` relative to `folder`, with `/` separators.
    static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static Optional<BaseFile> tokenizerFile(String rel, Path file, Path tokenizer) {
        String name = file.getFileName().toString();
        if (Files.exists(tokenizer.resolve(name))) {
            return Optional.empty(); // replaced by the tokenizer folder's file
        }
        return Optional.of(TokenizerNames.holdsVocabulary(name)
                ? new BaseFile(rel, file, Action.SKIP, "holds the old vocabulary and the tokenizer folder has no " + name)
                : new BaseFile(rel, file, Action.COPY, "kept: the tokenizer folder has no " + name));
    }

    /// The regular files under `base` (links to files followed), sorted; hidden and linked folders are
    /// recorded as skipped in `skipped`.
    private static List<Path> walk(Path base, List<BaseFile> skipped) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(base, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(base) && dir.getFileName().toString().startsWith(".")) {
                    skipped.add(new BaseFile(relative(base, dir) + "/", dir, Action.SKIP, "hidden folder"));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // Links to files are followed (a Hugging Face cache snapshot is made of them); links to
                // folders are not, since they may lead out of the model or loop.
                if (Files.isRegularFile(file)) {
                    files.add(file);
                } else if (Files.isDirectory(file)) {
                    skipped.add(new BaseFile(relative(base, file) + "/", file, Action.SKIP, "a link to a folder"));
                } else {
                    skipped.add(new BaseFile(relative(base, file), file, Action.SKIP,
                            "not a regular file (a broken link, a pipe or a device)"));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(p -> relative(base, p)));
        return files;
    }
}
