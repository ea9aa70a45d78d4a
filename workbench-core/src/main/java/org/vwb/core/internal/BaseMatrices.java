package org.vwb.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.vwb.model.HeadKind;
import org.vwb.model.ModelFolder;
import org.vwb.numeric.FloatMatrix;
import org.vwb.safetensors.Checkpoint;
import org.vwb.safetensors.TensorInfo;
import org.vwb.safetensors.TensorView;

/// The base model's vocabulary-sized matrices in f32: the input embedding, the untied head (or `null`)
/// and the head bias (or `null`).
///
/// @param model  the opened folder
/// @param input  the input embedding
/// @param output the untied head, `null` when tied or absent
/// @param bias   the head bias, `null` when there is none
record BaseMatrices(ModelFolder model, FloatMatrix input, FloatMatrix output, float[] bias) {

    static BaseMatrices read(Path folder) throws IOException {
        ModelFolder model = ModelFolder.open(folder);
        try (Checkpoint cp = Checkpoint.open(folder)) {
            FloatMatrix input = matrix(cp.tensor(model.layout().embedding().name()));
            FloatMatrix output = null;
            float[] bias = null;
            if (model.layout().headKind() == HeadKind.UNTIED) {
                TensorInfo head = model.layout().head().orElseThrow();
                output = matrix(cp.tensor(head.name()));
                Optional<TensorInfo> b = cp.find(head.name().replaceFirst("weight$", "bias"));
                if (b.isPresent() && !b.get().name().equals(head.name())) {
                    bias = cp.tensor(b.get().name()).toFloatArray();
                }
            }
            return new BaseMatrices(model, input, output, bias);
        }
    }

    private static FloatMatrix matrix(TensorView view) {
        return new FloatMatrix(Math.toIntExact(view.rows()), Math.toIntExact(view.columns()), view.toFloatArray());
    }
}
