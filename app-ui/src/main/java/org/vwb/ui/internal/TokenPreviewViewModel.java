package org.vwb.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.vwb.core.Tokenization;
import org.vwb.core.TokenizeRequest;
import org.vwb.core.Workbench;
import org.vwb.ui.JobHandle;
import org.vwb.ui.JobRunner;

/// The tokenization preview: the text typed so far, encoded by the base tokenizer ("before") and by the
/// expanded one ("after": the last measured selection or merge), both by the core off the FX thread once
/// typing pauses. A newer text cancels encodings still running; only the newest results are shown.
public final class TokenPreviewViewModel {

    /// The text the preview starts with.
    public static final String SAMPLE_TEXT = "我们今天在图书馆学习中文，很多学生都在看书。";

    private final Workbench workbench;
    private final JobRunner background;
    private final Debouncer quiet;
    private final StringProperty text = new SimpleStringProperty(this, "text", SAMPLE_TEXT);
    private final ObjectProperty<Path> base = new SimpleObjectProperty<>(this, "base");
    private final ObjectProperty<Path> after = new SimpleObjectProperty<>(this, "after");
    private final StringProperty afterName = new SimpleStringProperty(this, "afterName", "");
    private final ReadOnlyObjectWrapper<Tokenization> before = new ReadOnlyObjectWrapper<>(this, "before");
    private final ReadOnlyObjectWrapper<Tokenization> afterTokens = new ReadOnlyObjectWrapper<>(this, "afterTokens");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final List<JobHandle> inFlight = new ArrayList<>();
    private long generation;

    /// A preview that encodes through `background`, `quiet` after the last change.
    public TokenPreviewViewModel(Workbench workbench, JobRunner background, Debouncer quiet) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.background = Objects.requireNonNull(background, "background");
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        for (Observable o : List.of(text, base, after)) {
            o.addListener(x -> changed());
        }
    }

    private void changed() {
        generation++;
        inFlight.forEach(JobHandle::cancel);
        inFlight.clear();
        quiet.schedule(this::start);
    }

    private void start() {
        long gen = generation;
        String t = text.get() == null ? "" : text.get();
        encode(gen, base.get(), t, before);
        encode(gen, after.get(), t, afterTokens);
    }

    private void encode(long gen, Path tokenizer, String t, ReadOnlyObjectWrapper<Tokenization> into) {
        if (tokenizer == null) {
            into.set(null);
            return;
        }
        Consumer<Tokenization> show = r -> {
            if (gen == generation) {
                into.set(r);
                error.set("");
            }
        };
        inFlight.add(background.submit("Tokenizing with " + tokenizer.getFileName(),
                workbench.tokenize(new TokenizeRequest(tokenizer, t)), show, e -> {
                    if (gen == generation) {
                        into.set(null);
                        error.set("Could not encode with " + tokenizer + ": " + e.getMessage());
                    }
                }));
    }

    /// `14 tokens for 7 characters (2.00 per character)`, or empty without a tokenization.
    public static String counts(Tokenization t) {
        if (t == null) {
            return "";
        }
        int chars = t.characters();
        return String.format(Locale.ROOT, "%,d tokens for %,d characters%s", t.tokens().size(), chars,
                chars == 0 ? "" : String.format(Locale.ROOT, " (%.2f per character)", (double) t.tokens().size() / chars));
    }

    /// Drops an encoding not yet started and asks running ones to stop.
    public void stop() {
        quiet.stop();
        inFlight.forEach(JobHandle::cancel);
    }

    /// The text to encode.
    public StringProperty textProperty() {
        return text;
    }

    /// The base tokenizer's folder or file; null = no "before".
    public ObjectProperty<Path> baseProperty() {
        return base;
    }

    /// The expanded tokenizer's folder or file; null = no "after" yet.
    public ObjectProperty<Path> afterProperty() {
        return after;
    }

    /// What the expanded tokenizer is, in words (e.g. `the 50 selected pieces`); empty = its folder name.
    public StringProperty afterNameProperty() {
        return afterName;
    }

    /// The text as the base tokenizer encodes it; null until encoded.
    public ReadOnlyObjectProperty<Tokenization> beforeProperty() {
        return before.getReadOnlyProperty();
    }

    /// The text as the expanded tokenizer encodes it; null until there is one.
    public ReadOnlyObjectProperty<Tokenization> afterTokensProperty() {
        return afterTokens.getReadOnlyProperty();
    }

    /// Why the last encoding failed, or empty.
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
