package org.vwb.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
import org.vwb.cli.tokenizer.MiningText;
import org.vwb.core.MineRequest;
import org.vwb.vocab.mine.MiningCorpus;
import org.vwb.vocab.mine.MiningOptions;
import org.vwb.vocab.mine.MiningResult;
import org.vwb.vocab.mine.Script;

/// `vwb tokenizer mine --base DIR --corpus FILE... --add N --out candidates.csv`.
@Command(name = "mine", mixinStandardHelpOptions = true,
        description = {"Learn new pieces on top of a base tokenizer by continuing BPE on a corpus: the corpus is"
                + " encoded by the base tokenizer, and the most frequent adjacent pair of pieces inside a word is"
                + " merged again and again, so every new piece is the merge of two existing (or earlier) pieces.",
            "Writes a CSV (piece,frequency,tokens_saved,left,right) ranked by tokens saved, the input of"
                + " 'vwb tokenizer merge'. Corpus files are UTF-8 text, streamed; word-frequency lists add words"
                + " weighted by their frequency."})
final class TokenizerMineCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--base", required = true, paramLabel = "DIR",
            description = "The base tokenizer: a model folder, tokenizer.model or tokenizer.json.")
    private Path base;

    @Option(names = "--corpus", arity = "1..*", paramLabel = "FILE",
            description = "UTF-8 text files to mine from.")
    private List<Path> corpus = List.of();

    @Option(names = "--corpus-weight", paramLabel = "W", defaultValue = "1",
            description = "How many times each --corpus line counts (to balance it against word frequencies)."
                    + " Default: ${DEFAULT-VALUE}.")
    private long corpusWeight;

    @Option(names = "--word-frequencies", arity = "1..*", paramLabel = "FILE",
            description = "UTF-8 word-frequency lists, one 'word frequency [tag]' per line (e.g. jieba's dict.txt):"
                    + " each word counts as that many lines holding it.")
    private List<Path> wordFrequencies = List.of();

    @Option(names = "--add", required = true, paramLabel = "N", description = "How many new pieces to propose.")
    private int add;

    @Option(names = "--min-frequency", paramLabel = "F", defaultValue = "2",
            description = "Least occurrences of a new piece in the corpus. Default: ${DEFAULT-VALUE}.")
    private long minFrequency;

    @Option(names = "--max-piece-chars", paramLabel = "L", defaultValue = "16",
            description = "Longest new piece, in characters. Default: ${DEFAULT-VALUE}.")
    private int maxPieceChars;

    @Option(names = "--script", paramLabel = "cjk|cjk-word|cjk-punct|any", defaultValue = "cjk", converter = ScriptConverter.class,
            description = "cjk: only pieces made of CJK ideographs; cjk-word: also such a run opened by the word-start"
                    + " space (▁中文); cjk-punct: also CJK punctuation inside (文件。); any: any piece inside a word. Default: ${DEFAULT-VALUE}.")
    private Script script;

    @Option(names = "--exclude-existing",
            description = "Skip pieces whose text the base already encodes as one token (e.g. 中文 when it has ▁中文).")
    private boolean excludeExisting;

    @Option(names = "--threads", paramLabel = "N", description = "Encoding threads. Default: the number of cores.")
    private Integer threads;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The candidates CSV to write.")
    private Path out;

    @Mixin
    private JobOptions jobOptions;

    TokenizerMineCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (corpus.isEmpty() && wordFrequencies.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing corpus: give --corpus FILE... and/or --word-frequencies FILE...");
        }
        if (corpusWeight < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--corpus-weight must be >= 1, was " + corpusWeight);
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        MiningOptions options = new MiningOptions(add, minFrequency, maxPieceChars, script, excludeExisting, n);
        JobRunner runner = new JobRunner(context, spec.commandLine().getErr());
        MiningResult result = runner.run(context.workbench().mineSubwords(new MineRequest(base,
                new MiningCorpus(corpus, corpusWeight, wordFrequencies), options, out)),
                jobOptions.progress());
        PrintWriter o = spec.commandLine().getOut();
        o.print(MiningText.format(result, out));
        o.flush();
        return ExitCodes.OK;
    }

    /// `cjk`, `cjk-word`, `cjk-punct` or `any`, lower case as documented.
    static final class ScriptConverter implements picocli.CommandLine.ITypeConverter<Script> {
        @Override
        public Script convert(String value) {
            return switch (value) {
                case "cjk" -> Script.CJK;
                case "cjk-word" -> Script.CJK_WORD_START;
                case "cjk-punct" -> Script.CJK_PUNCTUATION;
                case "any" -> Script.ANY;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected cjk, cjk-word, cjk-punct or any but was '" + value + "'");
            };
        }
    }
}
