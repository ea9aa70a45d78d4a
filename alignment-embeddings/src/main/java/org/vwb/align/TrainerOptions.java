package org.vwb.align;

/// The settings of [Word2VecTrainer], with word2vec's / fastText's meaning and defaults.
///
/// @param dim          vector size (word2vec `-size`, fastText `-dim`)
/// @param epochs       passes over the corpus
/// @param window       maximal context distance; each centre draws its actual window from `1..window`
/// @param negative     negative samples per positive pair, drawn from the unigram distribution ^0.75
/// @param minCount     tokens seen fewer times are dropped from the vocabulary (and from the text)
/// @param subsample    word2vec's `-sample` threshold `t`: a token of relative frequency `f` is kept with
///                     probability `(√(f/t) + 1)·t/f`; 0 turns subsampling off
/// @param learningRate starting learning rate, decayed linearly to `learningRate·1e-4` over all epochs
/// @param cbow         CBOW (mean of the context predicts the centre) instead of skip-gram
/// @param threads      worker threads; each reads its own part of the corpus and updates the shared
///                     matrices without locks (Hogwild)
/// @param seed         seed of the initial vectors and of every random draw; with one thread the output
///                     is a function of the corpus, the options and the seed
public record TrainerOptions(int dim, int epochs, int window, int negative, int minCount, double subsample,
        double learningRate, boolean cbow, int threads, long seed) {

    /// word2vec's skip-gram learning rate.
    public static final double SKIP_GRAM_RATE = 0.025;
    /// word2vec's CBOW learning rate.
    public static final double CBOW_RATE = 0.05;

    /// Validates the ranges.
    public TrainerOptions {
        positive("dim", dim);
        positive("epochs", epochs);
        positive("window", window);
        positive("threads", threads);
        if (negative < 1) {
            throw new IllegalArgumentException("negative must be ≥ 1 (negative sampling is the only loss), was " + negative);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be ≥ 1, was " + minCount);
        }
        if (!(subsample >= 0) || !(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("need subsample ≥ 0 and a finite learning rate > 0, got "
                    + subsample + " and " + learningRate);
        }
    }

    /// Skip-gram with word2vec's defaults: dim 100, 5 epochs, window 5, 5 negatives, minCount 5,
    /// `t = 1e-4`, rate 0.025, one thread, seed 1.
    public static TrainerOptions defaults() {
        return new TrainerOptions(100, 5, 5, 5, 5, 1e-4, SKIP_GRAM_RATE, false, 1, 1);
    }

    /// A copy with another vector size.
    public TrainerOptions withDim(int d) {
        return new TrainerOptions(d, epochs, window, negative, minCount, subsample, learningRate, cbow, threads, seed);
    }

    /// A copy with another number of epochs.
    public TrainerOptions withEpochs(int e) {
        return new TrainerOptions(dim, e, window, negative, minCount, subsample, learningRate, cbow, threads, seed);
    }

    /// A copy with another minimal count.
    public TrainerOptions withMinCount(int m) {
        return new TrainerOptions(dim, epochs, window, negative, m, subsample, learningRate, cbow, threads, seed);
    }

    /// A copy with another thread count.
    public TrainerOptions withThreads(int t) {
        return new TrainerOptions(dim, epochs, window, negative, minCount, subsample, learningRate, cbow, t, seed);
    }

    /// A copy with another seed.
    public TrainerOptions withSeed(long s) {
        return new TrainerOptions(dim, epochs, window, negative, minCount, subsample, learningRate, cbow, threads, s);
    }

    /// A copy with another subsampling threshold.
    public TrainerOptions withSubsample(double t) {
        return new TrainerOptions(dim, epochs, window, negative, minCount, t, learningRate, cbow, threads, seed);
    }

    /// A copy using CBOW (`true`) or skip-gram, with that architecture's word2vec learning rate.
    public TrainerOptions withCbow(boolean c) {
        return new TrainerOptions(dim, epochs, window, negative, minCount, subsample, c ? CBOW_RATE : SKIP_GRAM_RATE,
                c, threads, seed);
    }

    /// A copy with another window and number of negatives.
    public TrainerOptions withWindow(int w, int neg) {
        return new TrainerOptions(dim, epochs, w, neg, minCount, subsample, learningRate, cbow, threads, seed);
    }

    /// A copy with another starting learning rate.
    public TrainerOptions withLearningRate(double r) {
        return new TrainerOptions(dim, epochs, window, negative, minCount, subsample, r, cbow, threads, seed);
    }

    private static void positive(String name, int v) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be ≥ 1, was " + v);
        }
    }
}
