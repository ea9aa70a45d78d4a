package org.vwb.model.patch.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vwb.model.ModelFolder;
import org.vwb.model.patch.DiskSpace;
import org.vwb.model.patch.PatchException;
import org.vwb.model.patch.PatchException.Reason;
import org.vwb.model.patch.PatchPlan;
import org.vwb.model.patch.PatchRequest;
import org.vwb.model.patch.PlannedFile;
import org.vwb.model.patch.PlannedFile.Action;
import org.vwb.safetensors.SafetensorsHeader;
import org.vwb.safetensors.ShardIndex;

/// Checks a request against its base and decides every output file; reads headers and tokenizers only.
public final class Planner {

    /// A checked request, with what the writer needs beyond the public plan.
    ///
    /// @param request    the request
    /// @param output     the output folder, absolute
    /// @param model      the base folder opened
    /// @param targets    the growing tensors
    /// @param config     where the vocabulary size is in `config.json`
    /// @param headers    every base shard's header, by absolute path
    /// @param rewritten  the growing tensors by the shard holding them
    /// @param newBytes   the bytes the new rows add to the tensors
    /// @param vocabularies the base's tokenizer vocabularies, read once for the checks and the verify
    /// @param plan       the public plan
    /// @param layout     the base's weights as read for this plan
    public record Prepared(PatchRequest request, Path output, ModelFolder model, List<Target> targets,
                           ConfigPatch config, Map<Path, SafetensorsHeader> headers,
                           Map<Path, Map<String, Target>> rewritten, long newBytes, BaseVocabularies vocabularies,
                           PatchPlan plan, BaseLayout layout) {
    }

    private Planner() {
    }

    /// Checks `request` and plans it; `usable` answers the free-space question (not enforced here).
    public static Prepared prepare(PatchRequest request, DiskSpace usable) throws IOException {
        PathChecks.checkOverlap(request);
        Path out = PathChecks.output(request);
        PathChecks.checkExisting(out, request.overwrite());
        ModelFolder model = ModelFolder.open(request.base());
        List<Target> targets = Target.of(model);
        long oldRows = model.layout().rows();
        Path weights = model.folder().resolve(model.shards().size() == 1 ? model.shards().getFirst()
                : Path.of(ShardIndex.FILE_NAME));
        long newCount = request.newVocabSize() - oldRows;
        if (newCount <= 0) {
            throw new PatchException(Reason.ROW_COUNT, weights, "newVocabSize is " + request.newVocabSize()
                    + " but the embedding '" + model.layout().embedding().name() + "' already has " + oldRows
                    + " rows; a patch appends rows");
        }
        RowChecks.check(targets, model.layout().headKind(), request.rows(), newCount, weights);
        BaseVocabularies vocabularies = new BaseVocabularies(model);
        NewTokenizer.check(request.tokenizer(), vocabularies, oldRows, request.newVocabSize(), request.padToMultipleOf());
        Path configFile = model.folder().resolve("config.json");
        ConfigPatch config = ConfigPatch.locate(configFile, Files.readString(configFile, StandardCharsets.UTF_8));

        BaseLayout layout = BaseLayout.read(model);
        Map<Path, SafetensorsHeader> headers = layout.headers();
        Map<Path, Map<String, Target>> rewritten = layout.rewritten();
        boolean sharded = layout.sharded();
        long newBytes = targets.stream().mapToLong(t -> newCount * t.rowBytes()).sum();
        List<PlannedFile> files = files(request, model.folder(), headers, rewritten, sharded, newCount);
        long free = usable.usableBytes(PathChecks.existingAncestor(out.getParent()));
        PatchPlan plan = new PatchPlan(model.folder(), out, model.layout().headKind(), oldRows, request.newVocabSize(),
                targets.stream().map(Target::name).toList(), files, free);
        return new Prepared(request, out, model, targets, config, headers, rewritten, newBytes, vocabularies, plan,
                layout);
    }

    private static List<PlannedFile> files(PatchRequest request, Path base, Map<Path, SafetensorsHeader> headers,
                                           Map<Path, Map<String, Target>> rewritten, boolean sharded, long newCount)
            throws IOException {
        List<Path> shards = List.copyOf(headers.keySet());
        List<FolderFiles.BaseFile> classified = FolderFiles.classify(base, shards, List.copyOf(rewritten.keySet()),
                sharded, request.tokenizer(), request.extraFiles().keySet());
        List<PlannedFile> out = new ArrayList<>();
        List<PlannedFile> skipped = new ArrayList<>();
        // Write order: shards (rewritten, then copied), the other copies, config, index; skipped ones last.
        classified = new ArrayList<>(classified);
        classified.sort(java.util.Comparator.comparing((FolderFiles.BaseFile f) -> !shards.contains(f.file())));
        for (Action a : List.of(Action.REWRITE, Action.COPY, Action.CONFIG, Action.INDEX, Action.SKIP)) {
            for (FolderFiles.BaseFile f : classified) {
                if (f.action() == a) {
                    long size = Files.isRegularFile(f.file()) ? Files.size(f.file()) : 0; // skipped folders, broken links
                    long bytes = switch (a) {
                        case REWRITE -> size + rewritten.get(f.file()).values().stream()
                                .mapToLong(t -> newCount * t.rowBytes()).sum();
                        case INDEX, CONFIG -> size + 32; // a longer total_size or vocab_size
                        default -> size;
                    };
                    (a == Action.SKIP ? skipped : out).add(new PlannedFile(f.path(), a, bytes, Optional.of(f.file()),
                            f.note()));
                }
            }
        }
        out.addAll(FolderFiles.tokenizerFiles(request.tokenizer(), base));
        List<String> reserved = new ArrayList<>(List.of("config.json", ShardIndex.FILE_NAME));
        shards.forEach(s -> reserved.add(FolderFiles.relative(base, s)));
        out.addAll(FolderFiles.extraFiles(request.extraFiles(), base, reserved));
        out.addAll(skipped);
        return out;
    }
}
