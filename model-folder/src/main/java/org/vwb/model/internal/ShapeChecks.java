package org.vwb.model.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.vwb.model.EmbeddingLayout;
import org.vwb.model.ModelConfig;
import org.vwb.model.ModelFolderException;
import org.vwb.model.ModelFolderException.Reason;
import org.vwb.model.ModelWarning;
import org.vwb.model.ModelWarning.Code;
import org.vwb.safetensors.DType;
import org.vwb.safetensors.TensorInfo;

/// Checks `config.json` against the tensors. Errors are what would break loading or index out of the
/// matrix; the rest are warnings (see the package documentation for the table).
public final class ShapeChecks {

    private static final Map<String, DType> TORCH_DTYPES = Map.of("float32", DType.F32, "float", DType.F32,
            "float16", DType.F16, "half", DType.F16, "bfloat16", DType.BF16, "float64", DType.F64);
    private static final Set<DType> FLOATS = Set.of(DType.F16, DType.BF16, DType.F32, DType.F64);

    private ShapeChecks() {
    }

    /// Checks the embedding's shape against the config and returns the warnings.
    public static List<ModelWarning> check(ModelConfig config, EmbeddingLayout layout, List<TensorInfo> tensors)
            throws ModelFolderException {
        TensorInfo emb = layout.embedding();
        long[] shape = emb.shape();
        if (shape.length != 2) {
            throw new ModelFolderException(Reason.EMBEDDING_SHAPE_MISMATCH, config.file(), "embedding '"
                    + emb.name() + "' has shape " + Arrays.toString(shape) + "; expected a matrix [rows, "
                    + config.embeddingSize() + "]");
        }
        if (shape[1] != config.embeddingSize()) {
            String field = config.embeddingSize() == config.hiddenSize() ? "hidden_size" : "embedding_size";
            throw new ModelFolderException(Reason.EMBEDDING_SHAPE_MISMATCH, config.file(), "field '" + field
                    + "' is " + config.embeddingSize() + " but embedding '" + emb.name() + "' has " + shape[1]
                    + " columns (shape " + Arrays.toString(shape) + ")");
        }
        if (shape[0] < config.vocabSize()) {
            throw new ModelFolderException(Reason.VOCAB_SIZE_MISMATCH, config.file(), "field 'vocab_size' is "
                    + config.vocabSize() + " but embedding '" + emb.name() + "' has only " + shape[0]
                    + " rows; ids " + shape[0] + ".." + (config.vocabSize() - 1) + " would have no embedding");
        }
        List<ModelWarning> warnings = new ArrayList<>();
        if (shape[0] > config.vocabSize()) {
            warnings.add(new ModelWarning(Code.VOCAB_SIZE_BELOW_ROWS, config.file() + ": vocab_size is "
                    + config.vocabSize() + " but embedding '" + emb.name() + "' has " + shape[0]
                    + " rows; transformers refuses such a checkpoint until vocab_size is updated"));
        }
        config.specialTokenIds().forEach((field, ids) -> ids.stream().filter(id -> id >= shape[0]).forEach(id ->
                warnings.add(new ModelWarning(Code.SPECIAL_ID_OUT_OF_RANGE, config.file() + ": " + field + " " + id
                        + " is outside the embedding's " + shape[0] + " rows"))));
        dtypeWarning(config, tensors).ifPresent(warnings::add);
        return warnings;
    }

    private static java.util.Optional<ModelWarning> dtypeWarning(ModelConfig config, List<TensorInfo> tensors) {
        DType declared = config.torchDtype().map(TORCH_DTYPES::get).orElse(null);
        if (declared == null) {
            return java.util.Optional.empty();
        }
        Set<String> other = new TreeSet<>();
        for (TensorInfo t : tensors) {
            if (FLOATS.contains(t.dtype()) && t.dtype() != declared) {
                other.add(t.dtype().wireName());
            }
        }
        if (other.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ModelWarning(Code.DTYPE_DIFFERS_FROM_CONFIG, config.file()
                + ": torch_dtype is " + config.torchDtype().orElseThrow() + " but tensors are stored as "
                + String.join(", ", other)));
    }
}
