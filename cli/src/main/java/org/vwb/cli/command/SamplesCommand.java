package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.vwb.cli.CliContext;
import org.vwb.cli.ExitCodes;
import org.vwb.cli.option.JobOptions;
import org.vwb.cli.progress.JobRunner;
import org.vwb.core.SampleRequest;
import org.vwb.core.SampleEntry;

/// `vwb samples list|write`: the generated sample model folders.
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "List or write the sample model folders generated in code (nothing is downloaded).",
        subcommands = {SamplesCommand.ListCommand.class, SamplesCommand.WriteCommand.class})
final class SamplesCommand extends CommandGroup {

    /// `vwb samples list`.
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the samples.")
    static final class ListCommand implements Callable<Integer> {
        private final CliContext context;

        @Spec
        private CommandSpec spec;

        ListCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<SampleEntry> samples = context.workbench().samples();
            int width = samples.stream().mapToInt(s -> s.name().length()).max().orElse(0);
            for (SampleEntry s : samples) {
                out.printf("%-" + width + "s  %-9s  %s%n", s.name(), s.synthetic() ? "synthetic" : "real",
                        s.description());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /// `vwb samples write NAME DIR`.
    @Command(name = "write", mixinStandardHelpOptions = true,
            description = "Write sample NAME as a model folder DIR (which must not exist yet).")
    static final class WriteCommand implements Callable<Integer> {
        private final CliContext context;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The sample, as `vwb samples list` shows.")
        private String name;

        @Parameters(index = "1", paramLabel = "DIR", description = "The folder to create.")
        private Path dir;

        @Mixin
        private JobOptions jobOptions;

        WriteCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            List<String> known = context.workbench().samples().stream().map(SampleEntry::name).toList();
            if (!known.contains(name)) {
                throw new ParameterException(spec.commandLine(), "unknown sample '" + name + "'; known samples: "
                        + String.join(", ", known));
            }
            JobRunner runner = new JobRunner(context, spec.commandLine().getErr());
            Path written = runner.run(context.workbench().writeSample(new SampleRequest(name, dir)),
                    jobOptions.progress());
            spec.commandLine().getOut().println("wrote sample " + name + " to " + written);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
