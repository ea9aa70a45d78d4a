package org.vwb.embedinit.diagnostics.internal;

import java.util.Arrays;

/// One query's state in [BatchedFista]: iterates `λ_k`, `λ_{k−1}`, their scores `S = Ẽ·r` (the
/// gradients), the momentum parameter and the best bounds so far (original-space units).
final class FistaRow {
    final int query;
    float[] lambda;
    float[] lambdaPrev;
    float[] scores;
    float[] scoresPrev;
    double t = 1;
    int iterations;
    /// Best convex weights found (smallest original residual) and that residual.
    float[] bestLambda;
    double bestResidual = Double.POSITIVE_INFINITY;
    /// Best separating margin found (original units, may be ≤ 0) and its whitened direction `q̃ − x̃`.
    double bestMargin = Double.NEGATIVE_INFINITY;
    float[] bestDirection;
    Status status = Status.RUNNING;

    enum Status { RUNNING, INSIDE, OUTSIDE, UNDECIDED }

    FistaRow(int query, int n) {
        this.query = query;
        lambda = new float[n];
        Arrays.fill(lambda, 1f / n);
        lambdaPrev = lambda.clone();
    }

    /// Takes one accelerated projected-gradient step from the current scores (O'Donoghue–Candès gradient
    /// restart keeps the momentum from overshooting).
    void step(double lipschitz, int[] scratch) {
        if (scoresPrev == null) {
            scoresPrev = scores;
        }
        double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
        float beta = (float) ((t - 1) / tNext);
        int n = lambda.length;
        float[] next = new float[n];
        float inv = (float) (1 / lipschitz);
        for (int i = 0; i < n; i++) {
            float y = lambda[i] + beta * (lambda[i] - lambdaPrev[i]);
            float g = scores[i] + beta * (scores[i] - scoresPrev[i]);
            next[i] = y - inv * g;
        }
        SimplexProjection.project(next, scratch);
        double restart = 0;
        for (int i = 0; i < n; i++) {
            float g = scores[i] + beta * (scores[i] - scoresPrev[i]);
            restart += (double) g * (next[i] - lambda[i]);
        }
        t = restart > 0 ? 1 : tNext;
        lambdaPrev = lambda;
        lambda = next;
        scoresPrev = scores;
        iterations++;
    }
}
