package org.vwb.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.vwb.common.Cancellation;
import org.vwb.common.Job;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;
import org.vwb.common.ProgressSink;
import org.vwb.core.SampleEntry;
import org.vwb.ui.DialogService;
import org.vwb.ui.JobHandle;
import org.vwb.ui.JobRunner;

/// Test doubles: runners that run jobs at once or hold them, debouncers, scripted dialogs, the corpus.
final class TestSupport {

    private TestSupport() {
    }

    /// Copies the committed Chinese test corpus (a few KB, written for these tests) to `dir`.
    static Path corpus(Path dir) throws IOException {
        try (InputStream in = TestSupport.class.getResourceAsStream("/org/vwb/ui/zh-corpus.txt")) {
            Path out = dir.resolve("zh-corpus.txt");
            Files.write(out, in.readAllBytes());
            return out;
        }
    }

    /// Runs each job synchronously and counts them.
    static final class SyncRunner implements JobRunner {
        final List<String> titles = new ArrayList<>();

        @Override
        public <R> JobHandle submit(String title, Job<R> job, Consumer<? super R> onSuccess, Consumer<Throwable> onFailure) {
            titles.add(title);
            R result;
            try {
                result = job.run(JobContext.silent());
            } catch (Exception e) {
                onFailure.accept(e);
                return () -> { };
            }
            onSuccess.accept(result);
            return () -> { };
        }

        @Override
        public List<String> running() {
            return List.of();
        }

        @Override
        public void cancelAll() {
        }
    }

    /// Holds each job until the test runs it, so a test can act while a job "runs".
    static final class HoldingRunner implements JobRunner {
        final List<Held<?>> held = new ArrayList<>();
        final List<String> titles = new ArrayList<>();

        /// A job waiting to run.
        static final class Held<R> {
            final String title;
            final Job<R> job;
            final Consumer<? super R> onSuccess;
            final Consumer<Throwable> onFailure;
            final Cancellation cancellation = new Cancellation();

            Held(String title, Job<R> job, Consumer<? super R> onSuccess, Consumer<Throwable> onFailure) {
                this.title = title;
                this.job = job;
                this.onSuccess = onSuccess;
                this.onFailure = onFailure;
            }

            void run() {
                R result;
                try {
                    result = job.run(new JobContext(ProgressSink.NONE, cancellation));
                } catch (JobCancelledException e) {
                    return;
                } catch (Exception e) {
                    if (!cancellation.isRequested()) {
                        onFailure.accept(e);
                    }
                    return;
                }
                if (!cancellation.isRequested()) {
                    onSuccess.accept(result);
                }
            }
        }

        @Override
        public <R> JobHandle submit(String title, Job<R> job, Consumer<? super R> onSuccess, Consumer<Throwable> onFailure) {
            Held<R> h = new Held<>(title, job, onSuccess, onFailure);
            held.add(h);
            titles.add(title);
            return h.cancellation::request;
        }

        /// Runs the held jobs (and those they submit) in order, cancelled ones included (they stop at once).
        void runAll() {
            while (!held.isEmpty()) {
                held.removeFirst().run();
            }
        }

        @Override
        public List<String> running() {
            return held.stream().filter(h -> !h.cancellation.isRequested()).map(h -> h.title).toList();
        }

        @Override
        public void cancelAll() {
            held.forEach(h -> h.cancellation.request());
        }
    }

    /// Runs each action at once.
    static final class ImmediateDebouncer implements Debouncer {
        @Override
        public void schedule(Runnable action) {
            action.run();
        }

        @Override
        public void stop() {
        }
    }

    /// Keeps the newest action until the test fires it, as a real quiet period would.
    static final class ManualDebouncer implements Debouncer {
        Runnable pending;

        @Override
        public void schedule(Runnable action) {
            pending = action;
        }

        @Override
        public void stop() {
            pending = null;
        }

        void fire() {
            Runnable r = pending;
            pending = null;
            if (r != null) {
                r.run();
            }
        }
    }

    /// Answers with fixed choices and records the errors and questions shown.
    static final class ScriptedDialogs implements DialogService {
        Optional<Path> folder = Optional.empty();
        String sampleName;
        Optional<Path> askedFrom;
        List<Path> corpusFiles = List.of();
        Optional<Path> candidatesFile = Optional.empty();
        Optional<Path> tokenizer = Optional.empty();
        Optional<Path> newFolder = Optional.empty();
        Optional<Path> file = Optional.empty();
        Optional<Path> recipe = Optional.empty();
        boolean confirmAnswer;
        final List<String> questions = new ArrayList<>();
        final List<String> headlines = new ArrayList<>();
        final List<Throwable> errors = new ArrayList<>();

        @Override
        public Optional<Path> chooseFolder(Optional<Path> initial) {
            askedFrom = initial;
            return folder;
        }

        @Override
        public Optional<SampleEntry> chooseSample(List<SampleEntry> samples) {
            return samples.stream().filter(s -> s.name().equals(sampleName)).findFirst();
        }

        @Override
        public List<Path> chooseCorpusFiles(Optional<Path> initial) {
            return corpusFiles;
        }

        @Override
        public Optional<Path> chooseCandidatesFile(Optional<Path> initial) {
            return candidatesFile;
        }

        @Override
        public Optional<Path> chooseTokenizer(Optional<Path> initial) {
            return tokenizer;
        }

        @Override
        public Optional<Path> chooseNewFolder(String title, Optional<Path> initial) {
            return newFolder;
        }

        @Override
        public Optional<Path> chooseFile(String title, Optional<Path> initial) {
            return file;
        }

        @Override
        public Optional<Path> chooseRecipe(boolean save, Optional<Path> initial) {
            return recipe;
        }

        @Override
        public boolean confirm(String headline, String details, String yesLabel) {
            questions.add(headline);
            return confirmAnswer;
        }

        @Override
        public void showError(String headline, Throwable error) {
            headlines.add(headline);
            errors.add(error);
        }
    }
}
