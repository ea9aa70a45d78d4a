package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.vwb.cli.CliContext;
import org.vwb.cli.ExitCodes;
import org.vwb.cli.option.JobOptions;
import org.vwb.cli.progress.JobRunner;
import org.vwb.vocab.merge.EngineCheck;
import org.vwb.vocab.merge.MergeReport;
import org.vwb.vocab.merge.MergeRequest;

/// `vwb tokenizer merge --base DIR --add candidates.csv|TOKENIZER [--top N] --out DIR`.
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Append new pieces to a tokenizer (SentencePiece tokenizer.model and/or HF tokenizer.json)"
                + " below every existing merge, so text without them tokenizes exactly as before, and prove with the"
                + " native libraries that every new piece is produced and that English text keeps its ids.",
            "Writes a tokenizer folder: tokenizer.model/tokenizer.json as the base had them, tokenizer_config.json and"
                + " special_tokens_map.json (unchanged), vwb-id-mapping.json, merge-report.json, vwb-provenance.json."
                + " Weights and config.json are not copied (vwb expand assembles the model).",
            "SentencePiece unigram models get scores instead of merges; HF Unigram and WordPiece tokenizers are refused."})
final class TokenizerMergeCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--base", required = true, paramLabel = "DIR", description = "The base tokenizer (or model) folder.")
    private Path base;

    @Option(names = "--add", required = true, paramLabel = "FILE",
            description = "A candidate table (.csv: piece,frequency,tokens_saved,left,right) or another tokenizer"
                    + " (file or folder) whose CJK pieces are imported.")
    private Path add;

    @Option(names = "--top", paramLabel = "N", defaultValue = "2147483647",
            description = "Consider only the first N candidates (default: all).")
    private int top;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write (must not exist).")
    private Path out;

    @Option(names = "--check-corpus", paramLabel = "FILE", arity = "1..*",
            description = "Text files whose lines are checked for losslessness and (non-CJK lines) unchanged ids.")
    private List<Path> checkCorpus = new ArrayList<>();

    @Mixin
    private JobOptions jobOptions;

    TokenizerMergeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        JobRunner runner = new JobRunner(context, spec.commandLine().getErr());
        MergeReport r = runner.run(context.workbench().mergeTokenizer(new MergeRequest(base, add, top, out, checkCorpus)),
                jobOptions.progress());
        PrintWriter w = spec.commandLine().getOut();
        w.printf("merged into %s: %d -> %d ids%n", r.output(), r.oldSize(), r.newSize());
        w.printf("  candidates read %d, already present %d, added %d, characters %d (CJK %d), intermediates %d%n",
                r.candidatesRead(), r.alreadyPresent(), r.added(), r.addedCharacters(), r.addedCjkCharacters(),
                r.intermediates());
        w.printf("  dropped as unreachable %d%s%n", r.droppedUnreachable().size(),
                r.droppedUnreachable().isEmpty() ? "" : ": " + String.join(" ", r.droppedUnreachable()));
        for (EngineCheck c : r.checks()) {
            w.printf("  %s: unreachable %d of %d, English lines changed %d of %d, round-trip mismatches %d of %d,"
                    + " added tokens moved %d%n", c.file(), c.unreachable().size(), c.piecesChecked(),
                    c.englishLinesChanged(), c.englishLines(), c.roundTripMismatches(), c.corpusLines(), c.addedTokensMoved());
            if (c.corpusLines() > 0) {
                w.printf("    check corpus: %d new pieces used; %d occur in it, %d of those not produced in their first"
                        + " contexts%n", c.addedPiecesUsed(), c.inCorpus(), c.notProducedInCorpus());
            }
        }
        if (r.modelJsonDisagreements() >= 0) {
            w.printf("  tokenizer.model vs tokenizer.json: %d disagreements%n", r.modelJsonDisagreements());
        }
        w.flush();
        if (r.unreachable() > 0 || r.englishLinesChanged() > 0) {
            // Latin candidates legitimately change English text that contains them; the report says where.
            spec.commandLine().getErr().printf("vwb: warning: %d unreachable pieces, %d changed English lines (targets: 0);"
                    + " see merge-report.json%n", r.unreachable(), r.englishLinesChanged());
        }
        return ExitCodes.OK;
    }
}
