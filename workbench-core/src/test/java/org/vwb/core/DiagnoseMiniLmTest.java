package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.common.JobContext;
import org.vwb.embedinit.report.HeadMode;
import org.vwb.embedinit.report.MatrixReport;

/// The known facts on real trained rows: the 30,522 × 384 word embeddings of all-MiniLM-L6-v2.
///
/// With `-Dvwb.docsReport=DIR` the report folder is also copied to DIR (how `docs/screenshots/report.png`
/// was made: that report opened in headless Chromium).
class DiagnoseMiniLmTest {
    @TempDir
    Path tmp;

    @Test
    void knownFactsHoldOnTheRealMiniLmEmbedding() throws IOException {
        List<String> kinds = new ArrayList<>();
        String[] order = {"mix", "perdim", "fresh", "near", "mix", "copy", "fresh", "perdim", "mean", "near"};
        for (int round = 0; round < 4; round++) {
            kinds.addAll(List.of(order));
        }
        kinds.add("pad");
        PatchedModels.write("minilm-l6", tmp.resolve("base"), tmp.resolve("patched"), 13, kinds);
        DiagnoseResult r = new Workbench().diagnose(new DiagnoseRequest(tmp.resolve("patched"), tmp.resolve("base"),
                tmp.resolve("report"), 1000, 42, 5, 1000, false)).run(JobContext.silent());
        assertEquals(HeadMode.NONE, r.report().head());
        MatrixReport m = r.report().matrices().get(0);
        assertEquals(30_522, m.oldRows());
        DiagnoseTest.assertKnownFacts(m, kinds);
        assertTrue(r.report().rows().get(kinds.size() - 1).padding());
        String docs = System.getProperty("vwb.docsReport");
        if (docs != null) {
            Path target = Path.of(docs);
            org.vwb.common.AtomicFiles.writeDirectory(target, true, dir -> copyTree(r.out(), dir));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
