package org.vwb.ui.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javafx.animation.AnimationTimer;

/// Runs queued view updates one per pulse, so that the layout, CSS and rendering they cause are spread
/// over frames instead of landing in one: when a diagnostics run lands, filling the hull table, the
/// projection and every plot in the same pulse kept the FX thread from the next pulse for 100–300 ms
/// (`GuiStallTest`, docs/BENCHMARKS.md). Use on the FX thread only.
final class PulseSteps {

    private final Deque<Runnable> steps = new ArrayDeque<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            Runnable step = steps.poll();
            if (step != null) {
                step.run();
            }
            if (steps.isEmpty()) {
                stop();
            }
        }
    };

    /// Drops the steps not run yet and runs `next` from the next pulse on, one per pulse.
    void replace(List<Runnable> next) {
        steps.clear();
        steps.addAll(next);
        if (steps.isEmpty()) {
            timer.stop();
        } else {
            timer.start();
        }
    }

    /// Whether steps are still waiting for their pulse.
    boolean pending() {
        return !steps.isEmpty();
    }
}
