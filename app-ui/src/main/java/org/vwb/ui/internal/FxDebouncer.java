package org.vwb.ui.internal;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/// A [Debouncer] on a JavaFX [PauseTransition]: restarted by every call, it fires on the FX thread.
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;
    private Runnable pending;

    /// Waits `quietMillis` after the last call; create and use it on the FX thread.
    public FxDebouncer(double quietMillis) {
        pause = new PauseTransition(Duration.millis(quietMillis));
        pause.setOnFinished(e -> {
            Runnable run = pending;
            pending = null;
            if (run != null) {
                run.run();
            }
        });
    }

    @Override
    public void schedule(Runnable action) {
        pending = action;
        pause.playFromStart();
    }

    @Override
    public void stop() {
        pending = null;
        pause.stop();
    }
}
