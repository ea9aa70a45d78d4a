package org.vwb.embedinit;

import java.util.List;
import java.util.Objects;

/// One parameter of a strategy, as the CLI, a recipe and the GUI's property sheet show it.
///
/// @param key          the option name (`temperature`, `neighbors`, `vectors`)
/// @param type         the value type
/// @param defaultValue the default as text, or `null` when the option is required
/// @param description  one line for help texts
/// @param choices      the allowed values of a [Type#CHOICE] option (empty otherwise)
public record OptionSpec(String key, Type type, String defaultValue, String description, List<String> choices) {

    /// Value types.
    public enum Type {
        /// A whole number.
        INT,
        /// A real number.
        DOUBLE,
        /// `true` or `false`.
        BOOLEAN,
        /// A file or folder.
        PATH,
        /// Free text.
        STRING,
        /// One of [OptionSpec#choices()].
        CHOICE
    }

    /// Checks the fields.
    public OptionSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
    }

    /// An option of `type` with a default (or `null` when required).
    public static OptionSpec of(String key, Type type, String defaultValue, String description) {
        return new OptionSpec(key, type, defaultValue, description, List.of());
    }

    /// A choice option.
    public static OptionSpec choice(String key, String defaultValue, String description, String... choices) {
        return new OptionSpec(key, Type.CHOICE, defaultValue, description, List.of(choices));
    }

    /// Whether a value must be given.
    public boolean required() {
        return defaultValue == null;
    }
}
