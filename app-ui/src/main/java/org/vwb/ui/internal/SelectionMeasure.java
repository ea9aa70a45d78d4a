package org.vwb.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.vwb.core.CandidateEntry;
import org.vwb.core.SelectionFertility;
import org.vwb.core.SelectionRequest;
import org.vwb.core.Workbench;
import org.vwb.ui.JobHandle;
import org.vwb.ui.JobRunner;
import org.vwb.vocab.fertility.FertilityStats;

/// The live "tokens per character before → after" of the current selection. A change waits for a quiet
/// moment, then the core merges the selection into a scratch folder and runs the fertility report on the
/// corpus; a newer change cancels a measurement still running, and only the newest result is shown. The
/// scratch tokenizer of the shown result is the tokenization preview's "after" until a real merge.
public final class SelectionMeasure {

    /// What a measurement needs, read when the quiet period ends.
    ///
    /// @param base     the base model folder, or null
    /// @param selected the selected rows in table order
    /// @param corpus   the corpus files
    public record Input(Path base, List<CandidateEntry> selected, List<Path> corpus) {
    }

    static final String HINT = "Select candidates and add a corpus to see tokens per character before → after.";

    private final Workbench workbench;
    private final JobRunner background;
    private final Debouncer quiet;
    private final ScratchFolders scratch;
    private Supplier<Input> input = () -> new Input(null, List.of(), List.of());
    private final ReadOnlyObjectWrapper<SelectionFertility> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper figure = new ReadOnlyStringWrapper(this, "figure", HINT);
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(this, "measuring");
    private final ReadOnlyObjectWrapper<Path> afterTokenizer = new ReadOnlyObjectWrapper<>(this, "afterTokenizer");
    private final ReadOnlyStringWrapper afterName = new ReadOnlyStringWrapper(this, "afterName", "");
    private JobHandle inFlight;
    private long generation;
    private Path shownFolder;

    SelectionMeasure(Workbench workbench, JobRunner background, Debouncer quiet, ScratchFolders scratch) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.background = Objects.requireNonNull(background, "background");
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        this.scratch = Objects.requireNonNull(scratch, "scratch");
    }

    /// Where the current selection is read from when a measurement starts.
    void readFrom(Supplier<Input> source) {
        this.input = Objects.requireNonNull(source, "source");
    }

    /// The selection, the corpus or the base changed: measure again once things are quiet.
    void changed() {
        generation++;
        if (inFlight != null) {
            inFlight.cancel();
            inFlight = null;
        }
        measuring.set(true);
        quiet.schedule(this::start);
    }

    private void start() {
        Input in = input.get();
        if (in.base() == null || in.selected().isEmpty() || in.corpus().isEmpty()) {
            measuring.set(false);
            result.set(null);
            figure.set(HINT);
            details.set("");
            return;
        }
        long gen = generation;
        Path out;
        try {
            out = scratch.newPath("selection");
        } catch (IOException e) {
            failed(gen, null, e);
            return;
        }
        inFlight = background.submit("Measuring " + in.selected().size() + " selected pieces",
                workbench.measureSelection(new SelectionRequest(in.base(), in.selected(), out, in.corpus())),
                r -> landed(gen, out, r), e -> failed(gen, out, e));
    }

    private void landed(long gen, Path out, SelectionFertility r) {
        if (gen != generation) {
            discard(out);
            return;
        }
        inFlight = null;
        measuring.set(false);
        result.set(r);
        figure.set(figure(r));
        details.set(details(r));
        Path old = shownFolder;
        shownFolder = out;
        afterName.set(String.format(Locale.ROOT, "the %,d selected pieces", r.merge().candidatesRead()));
        afterTokenizer.set(out);
        discard(old);
    }

    private void failed(long gen, Path out, Throwable e) {
        discard(out);
        if (gen != generation) {
            return;
        }
        inFlight = null;
        measuring.set(false);
        result.set(null);
        figure.set("Could not measure the selection: " + e.getMessage());
        details.set("");
    }

    /// The tokenizer in `folder` (a real merge) is the preview's "after" until the next measurement lands.
    void useTokenizer(Path folder) {
        afterName.set(folder == null ? "" : "merged into " + folder.getFileName());
        afterTokenizer.set(folder);
    }

    /// Drops a measurement not yet started and asks a running one to stop.
    void stop() {
        quiet.stop();
        if (inFlight != null) {
            inFlight.cancel();
        }
    }

    private void discard(Path folder) {
        if (folder != null) {
            background.submit("Removing " + folder.getFileName(), ctx -> {
                ScratchFolders.delete(folder);
                return folder;
            }, p -> { }, e -> { }); // a scratch folder left behind goes with the window's scratch folder
        }
    }

    /// `2.0289 → 1.5744 tokens per character (−22.4 %)`: the fertility report's figures, 4 decimals.
    static String figure(SelectionFertility r) {
        return figure(r.before().tokensPerCharacter(), r.after().tokensPerCharacter());
    }

    /// The figure for `b` tokens per character before and `a` after.
    static String figure(double b, double a) {
        return String.format(Locale.ROOT, "%.4f → %.4f tokens per character (%+.1f %%)", b, a, 100 * (a - b) / b)
                .replace('-', '−');
    }

    private static String details(SelectionFertility r) {
        FertilityStats b = r.before();
        FertilityStats a = r.after();
        return String.format(Locale.ROOT, "%.4f → %.4f tokens per CJK character · %,d → %,d tokens on %,d characters"
                        + " · %,d → %,d ids", b.tokensPerCjkCharacter(), a.tokensPerCjkCharacter(), b.tokens(), a.tokens(),
                b.characters(), r.merge().oldSize(), r.merge().newSize());
    }

    /// The newest measurement, null while none is shown.
    public ReadOnlyObjectProperty<SelectionFertility> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /// The headline figure, or a hint / an error when there is none.
    public ReadOnlyStringProperty figureProperty() {
        return figure.getReadOnlyProperty();
    }

    /// The per-CJK-character figure, token and id counts of the shown result.
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /// Whether a measurement is waiting or running (the figure shown may be older than the selection).
    public ReadOnlyBooleanProperty measuringProperty() {
        return measuring.getReadOnlyProperty();
    }

    /// What the "after" tokenizer is, for people: `the 50 selected pieces` or `merged into expanded`.
    public ReadOnlyStringProperty afterNameProperty() {
        return afterName.getReadOnlyProperty();
    }

    /// The tokenizer the preview shows as "after": the last measured selection or the last merge.
    public ReadOnlyObjectProperty<Path> afterTokenizerProperty() {
        return afterTokenizer.getReadOnlyProperty();
    }
}
