package org.vwb.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.vwb.core.ReconstructRequest;
import org.vwb.core.Workbench;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.StrategyFactory;
import org.vwb.embedinit.eval.MethodScore;
import org.vwb.embedinit.eval.ReconstructionReport;
import org.vwb.embedinit.eval.ReconstructionSpec;
import org.vwb.ui.DialogService;
import org.vwb.ui.JobRunner;

/// The Diagnostics screen's "Compare strategies": the core's reconstruction benchmark on the base
/// (hide well-trained tokens, rebuild them with each method, score against the true rows), one table row
/// per method. Only methods that need nothing but the model are offered; the baselines always run.
public final class CompareStrategiesViewModel {

    /// A method the user may tick.
    ///
    /// @param name        the registry name
    /// @param description one line about it
    /// @param selected    whether it runs
    public record Choice(String name, String description, BooleanProperty selected) {
    }

    /// The default number of held-out tokens: enough for stable ranks, few enough for the sample models.
    public static final int DEFAULT_HOLDOUT = 50;

    private final Workbench workbench;
    private final JobRunner runner;
    private final DialogService dialogs;
    private final List<Choice> choices;
    private final ObjectProperty<Path> base = new SimpleObjectProperty<>(this, "base");
    private final StringProperty holdout = new SimpleStringProperty(this, "holdout", Integer.toString(DEFAULT_HOLDOUT));
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "42");
    private final ObjectProperty<MatrixRole> role = new SimpleObjectProperty<>(this, "role", MatrixRole.INPUT);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<ReconstructionReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<MethodScore> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info",
            "Hides well-trained tokens of the open model, rebuilds them with each method and scores them against the true rows.");

    /// A view model whose benchmark runs through `runner`.
    public CompareStrategiesViewModel(Workbench workbench, JobRunner runner, DialogService dialogs) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.choices = offered(workbench).stream().map(f -> new Choice(f.name(), f.description(),
                new SimpleBooleanProperty(this, f.name(), true))).toList();
        choices.forEach(c -> c.selected().addListener((o, was, now) -> validate()));
        holdout.addListener((o, was, now) -> validate());
        seed.addListener((o, was, now) -> validate());
        base.addListener((o, was, now) -> validate());
        role.addListener((o, was, now) -> fill());
        validate();
    }

    /// The methods that run on the model alone: their defaults build (no vectors, dictionary or corpus
    /// to give), and they are not among the baselines, which every run adds by itself.
    static List<StrategyFactory> offered(Workbench workbench) {
        return workbench.initMethods().stream()
                .filter(f -> !ReconstructionSpec.BASELINES.contains(f.name()))
                .filter(f -> workbench.checkInitOptions(f.name(), Map.of()).isEmpty())
                .toList();
    }

    /// Follows the opened model: it is the one the benchmark runs on; old scores are cleared.
    public void modelOpened(Path folder) {
        base.set(folder);
        report.set(null);
        rows.clear();
    }

    /// The first problem with the inputs, empty when the benchmark can run; also [#problemProperty].
    public Optional<String> validate() {
        Optional<String> p = firstProblem();
        problem.set(p.orElse(""));
        return p;
    }

    private Optional<String> firstProblem() {
        if (base.get() == null) {
            return Optional.of("Open a model first.");
        }
        Optional<Long> h = whole(holdout.get());
        if (h.isEmpty() || h.get() < 1 || h.get() > Integer.MAX_VALUE) {
            return Optional.of("Held-out tokens must be a whole number of at least 1, found '" + holdout.get() + "'.");
        }
        if (whole(seed.get()).isEmpty()) {
            return Optional.of("The seed must be a whole number, found '" + seed.get() + "'.");
        }
        if (selectedNames().isEmpty()) {
            return Optional.of("Tick at least one method to compare with the baselines.");
        }
        return Optional.empty();
    }

    private static Optional<Long> whole(String text) {
        try {
            return Optional.of(Long.parseLong(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<String> selectedNames() {
        return choices.stream().filter(c -> c.selected().get()).map(Choice::name).toList();
    }

    /// The benchmark request for the current inputs (default eligibility, no corpus filter).
    ///
    /// @throws IllegalStateException with the validation message
    public ReconstructRequest request() {
        validate().ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        return new ReconstructRequest(base.get(), Integer.parseInt(holdout.get().strip()), Long.parseLong(seed.get().strip()),
                selectedNames(), Map.of(), ReconstructionSpec.DEFAULT_MAX_MEAN_COSINE, false, 0, List.of());
    }

    /// Runs the benchmark (status bar, Cancel) and shows one row per method.
    public void run() {
        ReconstructRequest request;
        try {
            request = request();
        } catch (IllegalStateException | IllegalArgumentException e) {
            dialogs.showError("Cannot compare the strategies yet.", e);
            return;
        }
        runner.submit("Comparing " + String.join(", ", request.methods()) + " on " + request.holdout() + " held-out tokens",
                workbench.reconstruct(request), r -> {
                    report.set(r);
                    fill();
                }, e -> dialogs.showError("The strategy comparison failed.", e));
    }

    private void fill() {
        ReconstructionReport r = report.get();
        if (r == null) {
            rows.clear();
            return;
        }
        MatrixRole shown = r.roles().contains(role.get()) ? role.get() : MatrixRole.INPUT;
        rows.setAll(r.scores(shown));
        info.set(String.format(java.util.Locale.ROOT, "%s matrix: %d held-out tokens of %d eligible (%d normal), seed %d",
                DiagnosticsRows.label(shown), r.heldOut().size(), r.eligible(), r.normalTokens(), r.spec().seed()));
    }

    /// The methods offered, in the core's order.
    public List<Choice> choices() {
        return choices;
    }

    /// The model the benchmark runs on.
    public ObjectProperty<Path> baseProperty() {
        return base;
    }

    /// How many tokens to hide, as typed.
    public StringProperty holdoutProperty() {
        return holdout;
    }

    /// The seed, as typed.
    public StringProperty seedProperty() {
        return seed;
    }

    /// The matrix whose scores are shown (input, or the untied head).
    public ObjectProperty<MatrixRole> roleProperty() {
        return role;
    }

    /// The first validation problem, "" when none.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /// The last benchmark report, null before one finished.
    public ReadOnlyObjectProperty<ReconstructionReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /// One row per method for the shown matrix, baselines first.
    public ObservableList<MethodScore> rows() {
        return rows;
    }

    /// What the scores are about, or a hint.
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }
}
