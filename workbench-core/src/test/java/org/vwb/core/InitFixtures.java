package org.vwb.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vwb.common.JobContext;
import org.vwb.samples.Samples;
import org.vwb.vocab.merge.MergeRequest;

/// The inputs the init and init-preview tests share: a sample model written into a folder, and its
/// tokenizer merged with the two-character windows of the Chinese runs of the samples' corpus.
final class InitFixtures {

    private InitFixtures() {
    }

    /// Sample `name` written into `tmp/name`.
    static Path sample(Path tmp, String name) throws IOException {
        Path dir = tmp.resolve(name);
        Samples.write(name, dir);
        return dir;
    }

    /// `model`'s tokenizer with up to 40 of the corpus's two-character Han windows merged in, in
    /// `tmp/tok-<model folder name>` (with its id mapping).
    static Path merged(Workbench workbench, Path tmp, Path model) throws IOException {
        String corpus;
        try (InputStream in = Samples.class.getResourceAsStream("corpus.txt")) {
            corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> pieces = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\p{IsHan}+").matcher(corpus);
        while (m.find()) {
            for (int i = 0; i + 2 <= m.group().length(); i++) {
                pieces.add(m.group().substring(i, i + 2));
            }
        }
        List<String> rows = new ArrayList<>();
        pieces.forEach(p -> rows.add(p + ",1,1,,"));
        Path csv = Files.write(tmp.resolve("c.csv"), rows);
        Path out = tmp.resolve("tok-" + model.getFileName());
        workbench.mergeTokenizer(new MergeRequest(model, csv, 40, out, List.of())).run(JobContext.silent());
        return out;
    }
}
