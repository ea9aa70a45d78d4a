package org.vwb.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.vwb.common.Cancellation;
import org.vwb.common.JobCancelledException;
import org.vwb.common.JobContext;
import org.vwb.common.ProgressSink;

class Word2VecTrainerTest {

    private static final TrainerOptions SMALL = TrainerOptions.defaults().withDim(16).withEpochs(4)
            .withMinCount(1).withSubsample(0);

    /// Two planted topics: lines mix words of one topic only ("a0".."a9" or "b0".."b9").
    static List<String[]> topics(int lines, long seed) {
        Random r = new Random(seed);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            String topic = i % 2 == 0 ? "a" : "b";
            String[] line = new String[8];
            for (int j = 0; j < line.length; j++) {
                line[j] = topic + r.nextInt(10);
            }
            out.add(line);
        }
        return out;
    }

    static <T> TokenSource<T> inMemory(List<T> lines) {
        return (part, parts) -> {
            var it = new java.util.Iterator<T>() {
                int i = part;

                @Override
                public boolean hasNext() {
                    return i < lines.size();
                }

                @Override
                public T next() {
                    T t = lines.get(i);
                    i += parts;
                    return t;
                }
            };
            return new TokenSource.Cursor<T>() {
                @Override
                public T next() {
                    return it.hasNext() ? it.next() : null;
                }

                @Override
                public void close() {
                }
            };
        };
    }

    @Test
    void wordsOfOnePlantedTopicEndUpCloserThanWordsOfDifferentTopics() throws IOException {
        TrainingResult r = Word2VecTrainer.train(inMemory(topics(1500, 3)), SMALL, JobContext.silent());
        StaticVectors v = r.vectors();
        assertEquals(20, v.size());
        double within = 0;
        double across = 0;
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                across += cos(v, "a" + i, "b" + j) / 100;
                if (i != j) {
                    within += (cos(v, "a" + i, "a" + j) + cos(v, "b" + i, "b" + j)) / 180;
                }
            }
        }
        assertTrue(within > across + 0.3, "within-topic cosine " + within + " vs across " + across);
        for (int i = 0; i < 10; i++) {
            assertTrue(v.nearest("a" + i, 1).getFirst().word().startsWith("a"), "nearest of a" + i);
        }
    }

    @Test
    void lossDecreasesOverEpochsForSkipGramAndCbow() throws IOException {
        for (boolean cbow : new boolean[] {false, true}) {
            TrainingResult r = Word2VecTrainer.train(inMemory(topics(800, 5)), SMALL.withCbow(cbow), JobContext.silent());
            List<Double> loss = r.epochLoss();
            assertEquals(4, loss.size());
            assertTrue(loss.getLast() < loss.getFirst() * 0.95, (cbow ? "CBOW " : "skip-gram ") + loss);
            assertEquals(800L * 8 * 4, r.trainedTokens());
        }
    }

    @Test
    void oneThreadWithTheSameSeedGivesIdenticalVectors() throws IOException {
        TrainerOptions o = SMALL.withSubsample(1e-2).withSeed(42);
        StaticVectors a = Word2VecTrainer.train(inMemory(topics(400, 1)), o, JobContext.silent()).vectors();
        StaticVectors b = Word2VecTrainer.train(inMemory(topics(400, 1)), o, JobContext.silent()).vectors();
        StaticVectors c = Word2VecTrainer.train(inMemory(topics(400, 1)), o.withSeed(43), JobContext.silent()).vectors();
        assertEquals(a.words(), b.words());
        boolean differs = false;
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.vector(i), b.vector(i), 0f, a.word(i));
            differs |= !java.util.Arrays.equals(a.vector(i), c.vector(i));
        }
        assertTrue(differs, "another seed gives other vectors");
    }

    @Test
    void severalThreadsTrainEveryTokenAndLearnTheTopics() throws IOException {
        TrainingResult r = Word2VecTrainer.train(inMemory(topics(1500, 3)), SMALL.withThreads(3), JobContext.silent());
        assertEquals(1500L * 8 * 4, r.trainedTokens());
        assertTrue(cos(r.vectors(), "a1", "a2") > cos(r.vectors(), "a1", "b2"));
    }

    @Test
    void trainsOnTokenIdsAndNamesRowsByTheTokenList() throws IOException {
        List<int[]> lines = new ArrayList<>();
        for (String[] l : topics(600, 9)) {
            int[] ids = new int[l.length];
            for (int i = 0; i < l.length; i++) {
                ids[i] = (l[i].charAt(0) == 'a' ? 0 : 10) + (l[i].charAt(1) - '0');
            }
            lines.add(ids);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            names.add(i < 10 ? "▁a" + i : i < 20 ? "b" + (i - 10) : "unused");
        }
        TrainingResult r = Word2VecTrainer.trainIds(inMemory(lines), names, SMALL, JobContext.silent());
        assertEquals(20, r.vectors().size(), "id 20 never occurs: no row");
        assertFalse(r.vectors().contains("unused"));
        assertTrue(cos(r.vectors(), "▁a1", "▁a2") > cos(r.vectors(), "▁a1", "b2"));
        assertThrows(IllegalArgumentException.class, () -> Word2VecTrainer.trainIds(
                inMemory(List.of(new int[] {0, 21})), names, SMALL, JobContext.silent()));
    }

    @Test
    void cancellationStopsTrainingWithoutAResult() {
        Cancellation cancel = new Cancellation();
        ProgressSink cancelOnFirstAdvance = new ProgressSink() {
            @Override
            public void begin(String stage, long totalUnits) {
            }

            @Override
            public void advance(long units) {
                cancel.request();
            }
        };
        for (int threads : new int[] {1, 2}) {
            assertThrows(JobCancelledException.class, () -> Word2VecTrainer.train(inMemory(topics(4000, 2)),
                    SMALL.withThreads(threads), new JobContext(cancelOnFirstAdvance, cancel)));
        }
    }

    @Test
    void aReadErrorInOneThreadIsWhatTheCallerSees() {
        TokenSource<String[]> good = inMemory(topics(4000, 2));
        TokenSource<String[]> failsInPartOne = (part, parts) -> {
            if (part == 1) {
                throw new IOException("disk gone in part 1");
            }
            return good.open(part, parts);
        };
        var e = assertThrows(IOException.class, () -> Word2VecTrainer.train(failsInPartOne, SMALL.withThreads(2),
                JobContext.silent()));
        assertEquals("disk gone in part 1", e.getMessage());
    }

    @Test
    void aCorpusWithoutFrequentTokensIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> Word2VecTrainer.train(
                inMemory(List.<String[]>of(new String[] {"x", "y"})), SMALL.withMinCount(5), JobContext.silent()));
        assertTrue(e.getMessage().contains("minCount"), e.getMessage());
    }

    static double cos(StaticVectors v, String a, String b) {
        float[] x = v.vector(a).orElseThrow();
        float[] y = v.vector(b).orElseThrow();
        double d = 0, nx = 0, ny = 0;
        for (int i = 0; i < x.length; i++) {
            d += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return d / Math.sqrt(nx * ny);
    }
}
