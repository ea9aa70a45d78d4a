package org.vwb.samples;

import org.vwb.safetensors.DType;

/// What [SyntheticModels#write] generates: a Llama-style decoder with a SentencePiece BPE tokenizer.
///
/// @param vocabSize        ids in the tokenizer and rows of the embedding (259 reserved + at least the
///                         corpus's characters; up to 32,000)
/// @param hiddenSize       embedding width; a multiple of `heads`
/// @param layers           decoder layers
/// @param intermediateSize MLP width
/// @param heads            attention heads
/// @param kvHeads          key/value heads (grouped-query attention); divides `heads`
/// @param tied             whether `lm_head` shares the input embedding (no `lm_head.weight` tensor)
/// @param dtype            F32, F16 or BF16
/// @param shards           number of safetensors files; more than one adds `model.safetensors.index.json`
/// @param seed             the seed every weight derives from; the same spec gives the same bytes
public record SyntheticModelSpec(int vocabSize, int hiddenSize, int layers, int intermediateSize, int heads,
        int kvHeads, boolean tied, DType dtype, int shards, long seed) {

    /// Checks the shapes fit together.
    public SyntheticModelSpec {
        require(hiddenSize > 0 && layers > 0 && intermediateSize > 0 && heads > 0 && kvHeads > 0,
                "sizes must be positive");
        require(hiddenSize % heads == 0, "hiddenSize " + hiddenSize + " is not a multiple of heads " + heads);
        require(heads % kvHeads == 0, "heads " + heads + " is not a multiple of kvHeads " + kvHeads);
        require(dtype == DType.F32 || dtype == DType.F16 || dtype == DType.BF16, "dtype must be F32, F16 or BF16, was " + dtype);
        require(shards >= 1 && shards <= 2 + 9 * layers + (tied ? 0 : 1),
                "shards must be between 1 and the number of tensors, was " + shards);
        require(vocabSize > 0, "vocabSize must be positive");
    }

    /// The tiny default: 1,000 ids, hidden 64, 2 layers, MLP 128, 4 heads (2 KV), tied, F32, one file, seed 42.
    public static SyntheticModelSpec defaults() {
        return new SyntheticModelSpec(1000, 64, 2, 128, 4, 2, true, DType.F32, 1, 42L);
    }

    /// This spec with another vocabulary size.
    public SyntheticModelSpec withVocabSize(int v) {
        return new SyntheticModelSpec(v, hiddenSize, layers, intermediateSize, heads, kvHeads, tied, dtype, shards, seed);
    }

    /// This spec with other transformer sizes.
    public SyntheticModelSpec withShape(int hidden, int layerCount, int intermediate, int headCount, int kvHeadCount) {
        return new SyntheticModelSpec(vocabSize, hidden, layerCount, intermediate, headCount, kvHeadCount, tied, dtype, shards, seed);
    }

    /// This spec with a tied (`true`) or separate (`false`) output head.
    public SyntheticModelSpec withTied(boolean t) {
        return new SyntheticModelSpec(vocabSize, hiddenSize, layers, intermediateSize, heads, kvHeads, t, dtype, shards, seed);
    }

    /// This spec with another dtype.
    public SyntheticModelSpec withDtype(DType d) {
        return new SyntheticModelSpec(vocabSize, hiddenSize, layers, intermediateSize, heads, kvHeads, tied, d, shards, seed);
    }

    /// This spec split into `n` safetensors files.
    public SyntheticModelSpec withShards(int n) {
        return new SyntheticModelSpec(vocabSize, hiddenSize, layers, intermediateSize, heads, kvHeads, tied, dtype, n, seed);
    }

    /// This spec with another seed.
    public SyntheticModelSpec withSeed(long s) {
        return new SyntheticModelSpec(vocabSize, hiddenSize, layers, intermediateSize, heads, kvHeads, tied, dtype, shards, s);
    }

    /// Width of one attention head.
    public int headDim() {
        return hiddenSize / heads;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
