package org.vwb.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.vwb.common.JobContext;
import org.vwb.core.SampleRequest;
import org.vwb.core.Workbench;

/// A base sample model and a patched folder made from it by the screens' own view models (mine the test
/// corpus, select the top 30, FVT keeping byte pieces so every row is a mixture, export): what the
/// Diagnostics tests measure.
///
/// @param base    the tiny untied Llama sample
/// @param patched the exported folder
/// @param corpus  the Chinese test corpus
record PatchedSample(Path base, Path patched, Path corpus) {

    static PatchedSample create(Workbench workbench, Path dir) throws Exception {
        Path base = workbench.writeSample(new SampleRequest("tiny-llama-untied-bf16", dir.resolve("llama"))).run(JobContext.silent());
        Path corpus = TestSupport.corpus(dir);
        Preferences prefs = Preferences.userRoot().node("/org/vwb/ui-test/" + UUID.randomUUID());
        TestSupport.ScriptedDialogs dialogs = new TestSupport.ScriptedDialogs();
        try {
            MainViewModel m = new MainViewModel(workbench, new TestSupport.SyncRunner(), new TestSupport.SyncRunner(), dialogs,
                    new RecentFolders(prefs), TestSupport.ImmediateDebouncer::new);
            m.open(base);
            m.candidates().addCorpus(List.of(corpus));
            m.candidates().additionsProperty().set(60);
            m.candidates().mine();
            m.candidates().selection().selectFirst(30);
            m.initialize().fields().stream().filter(f -> f.key().equals("byte-pieces")).findFirst().orElseThrow()
                    .valueProperty().set("keep");
            m.export().outputProperty().set(dir.resolve("patched"));
            m.export().run();
            if (m.export().outcomeProperty().get() == null) {
                throw new AssertionError("the export failed: " + dialogs.headlines + " " + dialogs.errors);
            }
            m.dispose();
            return new PatchedSample(base, dir.resolve("patched"), corpus);
        } finally {
            try {
                prefs.removeNode();
            } catch (BackingStoreException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
