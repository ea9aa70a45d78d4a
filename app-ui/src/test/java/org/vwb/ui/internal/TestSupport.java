package org.vwb.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.vwb.common.Job;
import org.vwb.common.JobContext;
import org.vwb.core.SampleEntry;
import org.vwb.ui.DialogService;
import org.vwb.ui.JobRunner;

/// Test doubles: a runner that runs jobs at once on the caller's thread, and scripted dialogs.
final class TestSupport {

    private TestSupport() {
    }

    /// Runs each job synchronously and counts them.
    static final class SyncRunner implements JobRunner {
        final List<String> titles = new ArrayList<>();

        @Override
        public <R> void submit(String title, Job<R> job, Consumer<? super R> onSuccess, Consumer<Throwable> onFailure) {
            titles.add(title);
            R result;
            try {
                result = job.run(JobContext.silent());
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    }

    /// Answers with fixed choices and records the errors shown.
    static final class ScriptedDialogs implements DialogService {
        Optional<Path> folder = Optional.empty();
        String sampleName;
        Optional<Path> askedFrom;
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
        public void showError(String headline, Throwable error) {
            headlines.add(headline);
            errors.add(error);
        }
    }
}
