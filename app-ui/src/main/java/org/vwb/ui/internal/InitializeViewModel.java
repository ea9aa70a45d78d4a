package org.vwb.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.vwb.core.InitPreview;
import org.vwb.core.InitPreviewRequest;
import org.vwb.core.Recipe;
import org.vwb.core.Workbench;
import org.vwb.embedinit.StrategyFactory;
import org.vwb.ui.DialogService;
import org.vwb.ui.JobRunner;

/// The Initialize screen's state: the strategy (and, for an untied model, the head's) with its options
/// as [OptionField]s, validated field by field and then by the core building the strategy; the tokenizer
/// the preview runs on (the Candidates merge, or a chosen folder); and the preview's rows.
public final class InitializeViewModel {

    /// The head choice that means "the same strategy as the input embedding".
    public static final String SAME = "(same as input)";

    private final Workbench workbench;
    private final JobRunner runner;
    private final DialogService dialogs;
    private final List<StrategyFactory> methods;
    private final StringProperty method = new SimpleStringProperty(this, "method");
    private final StringProperty headMethod = new SimpleStringProperty(this, "headMethod", SAME);
    private final StringProperty fallback = new SimpleStringProperty(this, "fallback", "mean");
    private final BooleanProperty copyOverlap = new SimpleBooleanProperty(this, "copyOverlap", true);
    private final ObservableList<OptionField> fields = FXCollections.observableArrayList();
    private final ObservableList<OptionField> headFields = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper untied = new ReadOnlyBooleanWrapper(this, "untied");
    private final ReadOnlyObjectWrapper<Path> base = new ReadOnlyObjectWrapper<>(this, "base");
    private final ObjectProperty<Path> tokenizer = new SimpleObjectProperty<>(this, "tokenizer");
    private final IntegerProperty limit = new SimpleIntegerProperty(this, "limit", 50);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final PreviewRows preview = new PreviewRows(
            "No preview yet: merge a selection on the Candidates tab (or choose a tokenizer folder), then Preview.");
    private long seed = 42L;

    /// A view model whose preview runs through `runner` and whose file questions go to `dialogs`.
    public InitializeViewModel(Workbench workbench, JobRunner runner, DialogService dialogs) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.methods = workbench.initMethods();
        method.addListener((o, was, now) -> fill(fields, now));
        headMethod.addListener((o, was, now) -> fill(headFields, SAME.equals(now) ? null : now));
        method.set(methods.stream().map(StrategyFactory::name).filter("fvt"::equals).findFirst()
                .orElse(methods.getFirst().name()));
        untied.addListener((o, was, now) -> validate());
    }

    private void fill(ObservableList<OptionField> target, String name) {
        List<OptionField> made = name == null ? List.of() : methods.stream().filter(f -> f.name().equals(name))
                .findFirst().map(f -> f.options().stream().map(OptionField::new).toList()).orElse(List.of());
        made.forEach(f -> f.valueProperty().addListener((o, was, now) -> validate()));
        target.setAll(made);
        validate();
    }

    /// Follows the opened model: its folder is the base, and whether it has a separate head decides
    /// whether the head may get its own strategy.
    public void modelOpened(Path folder, boolean hasUntiedHead) {
        base.set(folder);
        untied.set(hasUntiedHead);
        if (!hasUntiedHead) {
            headMethod.set(SAME);
        }
        tokenizer.set(null);
        preview.clear();
    }

    /// Checks every field, then lets the core build the strategies; the first problem is shown and
    /// returned, empty when the options are valid.
    public Optional<String> validate() {
        Optional<String> found = firstProblem();
        problem.set(found.orElse(""));
        return found;
    }

    private Optional<String> firstProblem() {
        for (OptionField f : fields) {
            if (!f.errorProperty().get().isEmpty()) {
                return Optional.of(f.errorProperty().get());
            }
        }
        Optional<String> core = workbench.checkInitOptions(method.get(), options(fields));
        if (core.isPresent() || head() == null) {
            return core;
        }
        for (OptionField f : headFields) {
            if (!f.errorProperty().get().isEmpty()) {
                return Optional.of("lm_head: " + f.errorProperty().get());
            }
        }
        return workbench.checkInitOptions(headMethod.get(), options(headFields)).map(m -> "lm_head: " + m);
    }

    private static Map<String, String> options(List<OptionField> fields) {
        Map<String, String> out = new TreeMap<>();
        fields.stream().filter(OptionField::isSet).forEach(f -> out.put(f.key(), f.valueProperty().get().strip()));
        return out;
    }

    /// The input strategy with the options that differ from their defaults, as a recipe names it.
    public Recipe.Method method() {
        return new Recipe.Method(method.get(), options(fields));
    }

    /// The head's own strategy, or null when the head uses the input's (always null for a tied model).
    public Recipe.Method head() {
        return !untied.get() || SAME.equals(headMethod.get()) || headMethod.get() == null ? null
                : new Recipe.Method(headMethod.get(), options(headFields));
    }

    /// The preview request for the current state.
    ///
    /// @throws IllegalStateException naming what is missing or invalid
    public InitPreviewRequest previewRequest() {
        if (base.get() == null) {
            throw new IllegalStateException("open a model first");
        }
        if (tokenizer.get() == null) {
            throw new IllegalStateException("merge a selection on the Candidates tab or choose an expanded tokenizer folder");
        }
        validate().ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        Recipe.Method head = head();
        return new InitPreviewRequest(base.get(), tokenizer.get(), method.get(), method().options(),
                head == null ? null : head.method(), head == null ? Map.of() : head.options(), fallback.get(),
                copyOverlap.get(), seed, Math.max(0, limit.get()));
    }

    /// Runs the preview with the core (status bar, Cancel) and shows its rows.
    public void runPreview() {
        InitPreviewRequest request;
        try {
            request = previewRequest();
        } catch (IllegalStateException e) {
            dialogs.showError("Cannot preview yet.", e);
            return;
        }
        runner.submit("Previewing " + request.method() + " on " + (request.limit() == 0 ? "all" : "the first " + request.limit())
                        + " new tokens", workbench.previewInit(request), preview::show,
                e -> dialogs.showError("The init preview failed.", e));
    }

    static String describe(InitPreview p) {
        return PreviewRows.describe(p);
    }

    /// Asks for an expanded tokenizer folder to preview on.
    public void chooseTokenizer() {
        dialogs.chooseFolder(Optional.ofNullable(tokenizer.get()).or(() -> Optional.ofNullable(base.get())))
                .ifPresent(tokenizer::set);
    }

    /// Asks for a file for a path option.
    public void choosePath(OptionField field) {
        String current = field.valueProperty().get();
        dialogs.chooseFile("Choose " + field.key(), current == null || current.isBlank() ? Optional.empty()
                : Optional.of(Path.of(current))).ifPresent(p -> field.valueProperty().set(p.toString()));
    }

    /// Takes strategy, options, head, fallback and seed from a loaded recipe.
    public void apply(Recipe r) {
        method.set(r.init().method());
        set(fields, r.init().options());
        headMethod.set(r.head() == null ? SAME : r.head().method());
        if (r.head() != null) {
            set(headFields, r.head().options());
        }
        fallback.set(r.fallback());
        copyOverlap.set(r.copyOverlap());
        seed = r.seed();
        validate();
    }

    private static void set(List<OptionField> fields, Map<String, String> values) {
        fields.forEach(f -> f.valueProperty().set(values.getOrDefault(f.key(),
                f.spec().defaultValue() == null ? "" : f.spec().defaultValue())));
    }

    /// The seed of every random step (from a loaded recipe, 42 otherwise).
    public long seed() {
        return seed;
    }

    /// The strategy names, in the core's order.
    public List<String> methodNames() {
        return methods.stream().map(StrategyFactory::name).toList();
    }

    /// One line describing strategy `name`.
    public String description(String name) {
        return methods.stream().filter(f -> f.name().equals(name)).findFirst().map(StrategyFactory::description).orElse("");
    }

    /// The chosen input strategy.
    public StringProperty methodProperty() {
        return method;
    }

    /// The head's strategy, [#SAME] for the input's.
    public StringProperty headMethodProperty() {
        return headMethod;
    }

    /// The fallback strategy.
    public StringProperty fallbackProperty() {
        return fallback;
    }

    /// Whether tokens the base already has get its row copied.
    public BooleanProperty copyOverlapProperty() {
        return copyOverlap;
    }

    /// The input strategy's option fields.
    public ObservableList<OptionField> fields() {
        return fields;
    }

    /// The head strategy's option fields (empty when the head uses the input's).
    public ObservableList<OptionField> headFields() {
        return headFields;
    }

    /// Whether the open model has an untied head.
    public ReadOnlyBooleanProperty untiedProperty() {
        return untied.getReadOnlyProperty();
    }

    /// The open model's folder.
    public ReadOnlyObjectProperty<Path> baseProperty() {
        return base.getReadOnlyProperty();
    }

    /// The expanded tokenizer the preview runs on.
    public ObjectProperty<Path> tokenizerProperty() {
        return tokenizer;
    }

    /// How many new tokens the preview initialises (0 = all).
    public IntegerProperty limitProperty() {
        return limit;
    }

    /// The first validation problem, "" when the options are valid.
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /// The last preview, null before one ran.
    public ReadOnlyObjectProperty<InitPreview> previewProperty() {
        return preview.previewProperty();
    }

    /// The last preview's rows of the matrix [#preview] shows (the input embedding unless switched).
    public ObservableList<InitPreview.Row> rows() {
        return preview.rows();
    }

    /// The preview table's state: its rows and the input / `lm_head` switch.
    public PreviewRows preview() {
        return preview;
    }

    /// The last preview's counts, or a hint.
    public ReadOnlyStringProperty previewInfoProperty() {
        return preview.infoProperty();
    }
}
