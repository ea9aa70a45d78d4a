package org.vwb.embedinit;

import java.util.List;

/// Describes a strategy (name, options) and builds it from validated options.
public interface StrategyFactory {

    /// The strategy's name.
    String name();

    /// One line saying what the strategy does and what it needs.
    String description();

    /// Its options with defaults.
    List<OptionSpec> options();

    /// Builds the strategy.
    ///
    /// @throws InitInputException with [InitInputException.Reason#BAD_OPTION] for values out of range
    InitStrategy create(StrategyOptions options) throws InitInputException;
}
