package org.vwb.embedinit.internal.focus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.vwb.align.CorpusFiles;
import org.vwb.align.StaticVectors;
import org.vwb.align.TokenSource;
import org.vwb.align.TrainerOptions;
import org.vwb.align.Word2VecTrainer;
import org.vwb.common.JobContext;
import org.vwb.embedinit.InitInputException;
import org.vwb.embedinit.InitInputException.Reason;
import org.vwb.embedinit.TokenizerView;
import org.vwb.embedinit.internal.vectors.Resources;
import org.vwb.embedinit.internal.vectors.TokenSpace;

/// FOCUS's auxiliary token-level space: vectors for target token ids, read from a file keyed by the target
/// pieces (or by `id<N>`, the names [org.vwb.align.TokenVectors#writeVec] and the trainer use), or trained
/// with word2vec CBOW on a corpus tokenized with the target tokenizer. A token has a vector only if it is
/// in the space's vocabulary (for a trained space: seen at least `minCount` times).
final class AuxiliarySpace {

    private final StaticVectors space;
    private final TokenizerView target;

    private AuxiliarySpace(StaticVectors space, TokenizerView target) {
        this.space = space;
        this.target = target;
    }

    /// Reads or trains the space.
    static AuxiliarySpace of(String method, FocusSettings s, TokenizerView target, long seed, JobContext ctx)
            throws IOException {
        if (s.vectors() != null) {
            return new AuxiliarySpace(Resources.vectors(method, "vectors", s.vectors()), target);
        }
        Resources.requireFile(method, "corpus", s.corpus());
        List<String> names = new ArrayList<>(target.size());
        for (int id = 0; id < target.size(); id++) {
            names.add(name(id));
        }
        TokenSource<int[]> lines = CorpusFiles.lines(List.of(s.corpus()), target::encode);
        // one thread: word2vec's Hogwild updates are only deterministic single-threaded
        TrainerOptions o = new TrainerOptions(s.dim(), s.epochs(), s.window(), s.negative(), s.minCount(), 1e-4,
                TrainerOptions.CBOW_RATE, true, 1, seed);
        try {
            return new AuxiliarySpace(Word2VecTrainer.trainIds(lines, names, o, ctx).vectors(), target);
        } catch (IllegalArgumentException e) {
            throw new InitInputException(Reason.WRONG_VECTORS, "method " + method + ", option corpus: "
                    + s.corpus().toAbsolutePath() + " gives no token vectors: " + e.getMessage());
        }
    }

    /// Vectors of `targetIds` (zero rows for tokens outside the space), labelled with `labels` (the ids
    /// mixed for an anchor: its base id; for a query the target id).
    TokenSpace vectors(int[] targetIds, int[] labels) {
        int d = space.dim();
        float[] rows = new float[targetIds.length * d];
        for (int i = 0; i < targetIds.length; i++) {
            int row = row(targetIds[i]);
            if (row >= 0) {
                System.arraycopy(space.vector(row), 0, rows, i * d, d);
            }
        }
        return new TokenSpace(labels.clone(), d, rows);
    }

    private int row(int id) {
        if (id < 0) {
            return -1;
        }
        int row = id < target.size() ? space.indexOf(target.piece(id)) : -1;
        return row >= 0 ? row : space.indexOf(name(id));
    }

    private static String name(int id) {
        return "id" + id;
    }
}
