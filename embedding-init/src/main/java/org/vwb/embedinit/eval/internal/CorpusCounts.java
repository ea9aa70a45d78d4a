package org.vwb.embedinit.eval.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vwb.common.JobContext;
import org.vwb.embedinit.TokenizerView;

/// How often the full tokenizer emits each id on a corpus (each non-blank line encoded on its own).
final class CorpusCounts {
    private static final int BATCH = 1024;

    private CorpusCounts() {
    }

    static long[] count(TokenizerView tokenizer, List<Path> corpus, JobContext ctx) throws IOException {
        long[] counts = new long[tokenizer.size()];
        for (Path file : corpus) {
            ctx.progress().begin("counting tokens in " + file.getFileName(), -1);
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                List<String> batch = new ArrayList<>(BATCH);
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        batch.add(line);
                    }
                    if (batch.size() == BATCH) {
                        add(tokenizer, batch, counts, ctx);
                    }
                }
                add(tokenizer, batch, counts, ctx);
            }
        }
        return counts;
    }

    private static void add(TokenizerView tokenizer, List<String> batch, long[] counts, JobContext ctx) {
        ctx.cancellation().check();
        for (int[] ids : tokenizer.encodeAll(batch)) {
            for (int id : ids) {
                if (id >= 0 && id < counts.length) {
                    counts[id]++;
                }
            }
        }
        ctx.progress().advance(batch.size());
        batch.clear();
    }
}
