package org.vwb.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.vwb.align.AlignOptions;
import org.vwb.align.AlignmentReport;
import org.vwb.align.BilingualDictionary;
import org.vwb.align.CorpusFiles;
import org.vwb.align.CrossLingualAlignment;
import org.vwb.align.DictionaryReader;
import org.vwb.align.Retrieval;
import org.vwb.align.StaticVectors;
import org.vwb.align.TokenSource;
import org.vwb.align.TrainerOptions;
import org.vwb.align.TrainingResult;
import org.vwb.align.TranslationScores;
import org.vwb.align.VectorReader;
import org.vwb.align.Word2VecTrainer;
import org.vwb.common.Job;
import org.vwb.vocab.Token;
import org.vwb.vocab.TokenizerEncoder;

/// The static-vector jobs behind [Workbench#trainVectors] and [Workbench#alignVectors].
final class VectorJobs {
    /// `Trad Simp [pin1 yin1] /gloss/`: the shape of a CC-CEDICT entry.
    private static final Pattern CEDICT_LINE = Pattern.compile("^\\S+ \\S+ \\[[^\\]]*\\] /.*/\\s*$");

    private VectorJobs() {
    }

    static Job<TrainVectorsSummary> train(TrainVectorsRequest r) {
        TrainerOptions o = new TrainerOptions(r.dim(), r.epochs(), r.window(), r.negative(), r.minCount(), r.subsample(),
                r.cbow() ? TrainerOptions.CBOW_RATE : TrainerOptions.SKIP_GRAM_RATE, r.cbow(), r.threads(), r.seed());
        Path out = r.out().toAbsolutePath().normalize();
        return ctx -> {
            ctx.cancellation().check();
            long t0 = System.nanoTime();
            TrainingResult result = r.tokenizer() != null ? trainOnTokenizerIds(r, o, ctx)
                    : Word2VecTrainer.train(r.characters() ? CorpusFiles.characters(r.corpus())
                            : CorpusFiles.whitespace(r.corpus()), o, ctx);
            double seconds = (System.nanoTime() - t0) / 1e9;
            ctx.cancellation().check();
            ctx.progress().begin("writing " + out, -1);
            result.vectors().writeVec(out);
            return new TrainVectorsSummary(result.vectors().size(), result.corpusTokens(), result.trainedTokens(),
                    result.epochLoss(), seconds, out);
        };
    }

    /// FOCUS-style token vectors: the corpus encoded line by line by the real tokenizer engine.
    private static TrainingResult trainOnTokenizerIds(TrainVectorsRequest r, TrainerOptions o,
            org.vwb.common.JobContext ctx) throws IOException {
        try (TokenizerEncoder encoder = TokenizerEncoder.open(r.tokenizer())) {
            List<Token> tokens = encoder.vocabulary().tokens();
            List<String> names = new java.util.ArrayList<>(java.util.Collections.nCopies(encoder.vocabulary().size(), ""));
            for (Token t : tokens) {
                // .vec rows are split on white space: a piece holding a space gets a visible stand-in
                names.set(t.id(), t.piece().replace(' ', '\u2581'));
            }
            TokenSource<int[]> corpus = CorpusFiles.lines(r.corpus(), encoder::encode);
            return Word2VecTrainer.trainIds(corpus, names, o, ctx);
        }
    }

    static Job<AlignVectorsSummary> align(AlignVectorsRequest r) {
        Path out = r.out().toAbsolutePath().normalize();
        AlignOptions o = new AlignOptions(r.testFraction(), r.seed(), r.refine(), r.evalWords(), Retrieval.CSLS,
                r.evalWords());
        return ctx -> {
            ctx.cancellation().check();
            ctx.progress().begin("reading " + r.source(), -1);
            StaticVectors src = VectorReader.read(r.source(), VectorReader.detect(r.source()), r.maxWords());
            ctx.cancellation().check();
            ctx.progress().begin("reading " + r.target(), -1);
            StaticVectors tgt = VectorReader.read(r.target(), VectorReader.detect(r.target()), r.maxWords());
            ctx.cancellation().check();
            ctx.progress().begin("reading " + r.dictionary(), -1);
            BilingualDictionary dict = isCedict(r.dictionary(), r.dictFormat())
                    ? DictionaryReader.readCedict(r.dictionary(), DictionaryReader.Script.SIMPLIFIED)
                    : DictionaryReader.readPairs(r.dictionary());
            if (src.dim() != tgt.dim()) {
                throw new IllegalArgumentException(r.source() + " has dimension " + src.dim() + ", " + r.target()
                        + " has " + tgt.dim() + ": Procrustes needs equal dimensions (reduce the larger space or"
                        + " train vectors of the same size)");
            }
            AlignmentReport report = CrossLingualAlignment.run(src, tgt, dict, o, ctx);
            ctx.cancellation().check();
            ctx.progress().begin("writing " + out, -1);
            report.alignment().apply(src).writeVec(out);
            return new AlignVectorsSummary(src.size(), tgt.size(), src.dim(), report.trainPairs(), report.testPairs(),
                    report.rowPairs(), precision(report.before()), report.refinePairs(), precision(report.after()), out);
        };
    }

    private static AlignVectorsSummary.Precision precision(TranslationScores s) {
        return new AlignVectorsSummary.Precision(s.queries(), s.skipped(), s.nnP1(), s.nnP5(), s.cslsP1(), s.cslsP5());
    }

    /// `auto`: CC-CEDICT when the first entry (after `#` comments) has its shape.
    private static boolean isCedict(Path file, String format) throws IOException {
        if (!format.equals("auto")) {
            return format.equals("cedict");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    return CEDICT_LINE.matcher(s.startsWith("\uFEFF") ? s.substring(1) : s).matches();
                }
            }
        }
        return false;
    }
}
