package org.vwb.ui.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.vwb.embedinit.OptionSpec;

/// One row of the Initialize screen's property sheet: a strategy option, its value as text and the
/// error the value has on its own (type, choices, required). Starts at the option's default.
public final class OptionField {

    private final OptionSpec spec;
    private final StringProperty value;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /// A field for `spec`, filled with its default ("" for a required option).
    public OptionField(OptionSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.value = new SimpleStringProperty(this, spec.key(), spec.defaultValue() == null ? "" : spec.defaultValue());
        value.addListener((o, was, now) -> error.set(check(spec, now).orElse("")));
        error.set(check(spec, value.get()).orElse(""));
    }

    /// What is wrong with `text` as a value of `spec`, judged on its own; empty when nothing is.
    static Optional<String> check(OptionSpec spec, String text) {
        String v = text == null ? "" : text.strip();
        if (v.isEmpty()) {
            return spec.required() ? Optional.of(spec.key() + " is required") : Optional.empty();
        }
        return switch (spec.type()) {
            case INT -> parses(() -> Long.parseLong(v), spec.key() + " must be a whole number, found '" + v + "'");
            case DOUBLE -> parses(() -> Double.parseDouble(v), spec.key() + " must be a number, found '" + v + "'");
            case BOOLEAN -> v.equals("true") || v.equals("false") ? Optional.empty()
                    : Optional.of(spec.key() + " must be true or false, found '" + v + "'");
            case CHOICE -> spec.choices().contains(v) ? Optional.empty()
                    : Optional.of(spec.key() + " must be one of " + String.join(", ", spec.choices()) + ", found '" + v + "'");
            case PATH, STRING -> Optional.empty();
        };
    }

    private static Optional<String> parses(Runnable parse, String message) {
        try {
            parse.run();
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(message);
        }
    }

    /// Whether the value is one the strategy must be told: not blank and not the default. A pattern key
    /// (`a.*`) is a description, never a value.
    boolean isSet() {
        String v = value.get() == null ? "" : value.get().strip();
        return !v.isEmpty() && !v.equals(spec.defaultValue()) && !spec.key().endsWith("*");
    }

    /// The option.
    public OptionSpec spec() {
        return spec;
    }

    /// The option's key.
    public String key() {
        return spec.key();
    }

    /// The value as text.
    public StringProperty valueProperty() {
        return value;
    }

    /// The value's own error, "" when it has none.
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /// The type name shown beside the key.
    public String typeName() {
        return spec.type().name().toLowerCase(Locale.ROOT);
    }
}
