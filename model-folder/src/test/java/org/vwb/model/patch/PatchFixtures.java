package org.vwb.model.patch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.vwb.common.JobContext;
import org.vwb.numeric.FloatMatrix;
import org.vwb.samples.Samples;
import org.vwb.samples.SyntheticModelSpec;
import org.vwb.samples.SyntheticModels;
import org.vwb.vocab.Vocabulary;
import org.vwb.vocab.merge.MergeRequest;
import org.vwb.vocab.merge.TokenizerMerge;

/// Base folders, expanded tokenizers and new rows for the patch tests.
final class PatchFixtures {

    /// Chinese pieces appended to the synthetic tokenizers (the merge adds the characters they need).
    static final String CANDIDATES = """
            piece,frequency,tokens_saved,left,right
            中文,10,5,中,文
            分词,8,4,分,词
            测试,6,3,测,试
            """;

    private PatchFixtures() {
    }

    /// A context that requests `cancel` as soon as a stage whose name starts with `stage` begins.
    static JobContext cancelWhenStageBegins(String stage, org.vwb.common.Cancellation cancel) {
        return new JobContext(new org.vwb.common.ProgressSink() {
            @Override
            public void begin(String name, long totalUnits) {
                if (name.startsWith(stage)) {
                    cancel.request();
                }
            }

            @Override
            public void advance(long units) {
            }
        }, cancel);
    }

    /// Writes sample `name` to `dir/base`.
    static Path sample(String name, Path dir) throws IOException {
        Path base = dir.resolve("base");
        Samples.write(name, base);
        return base;
    }

    /// Writes a synthetic model to `dir/base`.
    static Path synthetic(SyntheticModelSpec spec, Path dir) throws IOException {
        Path base = dir.resolve("base");
        SyntheticModels.write(spec, base);
        return base;
    }

    /// The base's tokenizer extended by [#CANDIDATES], in `dir/tokenizer`.
    static Path expandedTokenizer(Path base, Path dir) throws IOException {
        Path table = dir.resolve("candidates.csv");
        Files.writeString(table, CANDIDATES);
        Path out = dir.resolve("tokenizer");
        TokenizerMerge.run(new MergeRequest(base, table, 100, out, List.of()), JobContext.silent());
        return out;
    }

    /// Number of ids of the tokenizer in `folder`.
    static int size(Path folder) throws IOException {
        Path json = folder.resolve("tokenizer.json");
        return Vocabulary.read(Files.exists(json) ? json : folder.resolve("tokenizer.model")).size();
    }

    /// `rows × cols` Gaussian values (σ 0.05) from `seed`: most need rounding in BF16 and F16.
    static FloatMatrix rows(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] data = new float[rows * cols];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (r.nextGaussian() * 0.05);
        }
        return new FloatMatrix(rows, cols, data);
    }

    /// A base with its expanded tokenizer and matching rows, ready for a request.
    record Setup(Path dir, Path base, Path tokenizer, int oldRows, int newSize, NewRows rows) {

        /// The request writing to `dir/out`.
        PatchRequest request() {
            return PatchRequest.of(base, dir.resolve("out"), tokenizer, newSize, rows);
        }
    }

    /// Sets up `base` (already written in `dir`) with rows for an untied head when `untied`.
    static Setup setup(Path dir, Path base, int hidden, boolean untied) throws IOException {
        int oldRows = size(base);
        Path tok = expandedTokenizer(base, dir);
        int newSize = size(tok);
        int n = newSize - oldRows;
        FloatMatrix emb = rows(n, hidden, 1);
        NewRows rows = untied ? NewRows.untied(emb, rows(n, hidden, 2)) : NewRows.tied(emb);
        return new Setup(dir, base, tok, oldRows, newSize, rows);
    }
}
