package org.vwb.samples.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vwb.safetensors.DType;
import org.vwb.samples.SampleInfo;
import org.vwb.samples.SyntheticModelSpec;
import org.vwb.samples.SyntheticModels;

/// The named samples behind [org.vwb.samples.Samples].
public final class SampleCatalogue {

    private record Entry(SampleInfo info, SyntheticModelSpec spec) {
    }

    private static final SyntheticModelSpec BASE = SyntheticModelSpec.defaults();

    private static final List<Entry> ENTRIES = List.of(
            synthetic("tiny-llama-tied-f32", "synthetic Llama, tied head, F32, one file", BASE),
            synthetic("tiny-llama-untied-bf16", "synthetic Llama, separate lm_head, BF16, one file",
                    BASE.withTied(false).withDtype(DType.BF16)),
            synthetic("tiny-llama-untied-f16", "synthetic Llama, separate lm_head, F16, one file",
                    BASE.withTied(false).withDtype(DType.F16)),
            synthetic("tiny-llama-sharded-bf16", "synthetic Llama, separate lm_head, BF16, 2 shards with an index",
                    BASE.withTied(false).withDtype(DType.BF16).withShards(2)),
            new Entry(new SampleInfo("minilm-l6", "REAL all-MiniLM-L6-v2 sentence encoder (30,522 x 384 word embeddings,"
                    + " WordPiece tokenizer); encoder only, no LM head", false), null));

    private SampleCatalogue() {
    }

    private static Entry synthetic(String name, String description, SyntheticModelSpec spec) {
        return new Entry(new SampleInfo(name, description + " (vocab " + spec.vocabSize() + ", hidden " + spec.hiddenSize()
                + ", " + spec.layers() + " layers)", true), spec);
    }

    /// Every sample, in catalogue order.
    public static List<SampleInfo> list() {
        return ENTRIES.stream().map(Entry::info).toList();
    }

    /// The spec of synthetic sample `name`; empty for a real one.
    public static Optional<SyntheticModelSpec> spec(String name) {
        return Optional.ofNullable(entry(name).spec());
    }

    private static Entry entry(String name) {
        return ENTRIES.stream().filter(x -> x.info().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sample '" + name + "'; known: "
                        + String.join(", ", list().stream().map(SampleInfo::name).toList())));
    }

    /// Writes sample `name` to `dir`.
    public static void write(String name, Path dir) throws IOException {
        Entry e = entry(name);
        if (e.spec() == null) {
            MiniLmSample.write(dir);
        } else {
            SyntheticModels.write(e.spec(), dir);
        }
    }
}
