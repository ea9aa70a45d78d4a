package org.vwb.cli.option;

import picocli.CommandLine.Option;

import org.vwb.cli.progress.ProgressMode;

/// Options shared by every command that runs a job.
public final class JobOptions {

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            converter = ProgressModeConverter.class,
            description = "How to show progress on stderr: auto (a bar on a terminal, else plain), plain, json"
                    + " (one JSON object per line), none. Default: ${DEFAULT-VALUE}.")
    private ProgressMode progress = ProgressMode.AUTO;

    /// The requested progress mode.
    public ProgressMode progress() {
        return progress;
    }

    /// Accepts the documented lower-case names only (not `bar`, which `auto` picks on a terminal).
    static final class ProgressModeConverter implements picocli.CommandLine.ITypeConverter<ProgressMode> {
        @Override
        public ProgressMode convert(String value) {
            return switch (value) {
                case "auto" -> ProgressMode.AUTO;
                case "plain" -> ProgressMode.PLAIN;
                case "json" -> ProgressMode.JSON;
                case "none" -> ProgressMode.NONE;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected one of auto, plain, json, none but was '" + value + "'");
            };
        }
    }
}
