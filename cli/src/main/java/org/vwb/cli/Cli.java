package org.vwb.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;

import org.vwb.cli.command.VwbCommand;

/// Builds the `vwb` command line: the command tree, a factory that hands [CliContext] to commands, and
/// the exception handlers. `Main` and the tests use the same method.
public final class Cli {

    private Cli() {
    }

    /// The configured command line for `context`.
    public static CommandLine create(CliContext context) {
        CliExceptionHandler handler = new CliExceptionHandler();
        CommandLine cl = new CommandLine(new VwbCommand(), new ContextFactory(context));
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        return cl;
    }

    /// Creates commands that declare a `CliContext` constructor with it; everything else picocli's way.
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
                    c.setAccessible(true); // commands are package-private: only this factory builds them
                    return cls.cast(c.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
