package org.vwb.model.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.model.ModelConfig;
import org.vwb.model.ModelFolder;
import org.vwb.model.ModelFolderException;
import org.vwb.model.ModelFolderException.Reason;
import org.vwb.model.ModelWarning;
import org.vwb.model.TokenizerFiles;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.ShardIndex;
import org.vwb.safetensors.TensorInfo;

/// Opens a [ModelFolder]: config, safetensors headers (never tensor data), detection and checks.
public final class FolderReader {

    private static final String SINGLE_FILE = "model.safetensors";

    private FolderReader() {
    }

    /// See [ModelFolder#open].
    public static ModelFolder open(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ModelFolderException(Reason.NOT_A_DIRECTORY, dir,
                    Files.exists(dir) ? "not a folder; expected a model folder with config.json"
                            : "no such folder");
        }
        ModelConfig config = ModelConfig.read(dir.resolve("config.json"));
        Path weights = weightsFile(dir);
        List<Path> shards = new ArrayList<>();
        List<TensorInfo> tensors = new ArrayList<>();
        try (Checkpoint cp = Checkpoint.openHeaders(dir)) {
            cp.shards().forEach(s -> shards.add(dir.relativize(s.toAbsolutePath().normalize())));
            tensors.addAll(cp.tensors());
        }
        Map<String, TensorInfo> byName = new LinkedHashMap<>();
        tensors.forEach(t -> byName.put(t.name(), t));
        EmbeddingDetector.Detection detection = EmbeddingDetector.detect(config, byName, weights);
        List<ModelWarning> warnings = new ArrayList<>(detection.warnings());
        warnings.addAll(ShapeChecks.check(config, detection.layout(), tensors));
        return new ModelFolder(dir, config, shards, tensors, detection.layout(), TokenizerFiles.scan(dir), warnings);
    }

    private static Path weightsFile(Path dir) throws IOException {
        Path index = dir.resolve(ShardIndex.FILE_NAME);
        if (Files.exists(index)) {
            return index;
        }
        Path single = dir.resolve(SINGLE_FILE);
        if (Files.exists(single)) {
            return single;
        }
        String hint = Files.exists(dir.resolve("pytorch_model.bin"))
                || Files.exists(dir.resolve("pytorch_model.bin.index.json"))
                ? "; only PyTorch .bin weights are present: convert them to safetensors first" : "";
        throw new ModelFolderException(Reason.NO_WEIGHTS, dir, "no " + SINGLE_FILE + " and no "
                + ShardIndex.FILE_NAME + hint);
    }
}
