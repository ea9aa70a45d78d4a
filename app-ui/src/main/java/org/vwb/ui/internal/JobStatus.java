package org.vwb.ui.internal;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Worker;

/// What the status bar shows about the job that runs now: its title and message, its progress
/// (negative = indeterminate) and whether one runs at all. Only touched on the FX thread.
public final class JobStatus {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Ready");
    private Worker<?> current;

    /// Follows `worker` until it ends.
    void follow(Worker<?> worker) {
        current = worker;
        running.set(true);
        progress.bind(worker.progressProperty());
        message.bind(javafx.beans.binding.Bindings.concat(worker.titleProperty(), " — ", worker.messageProperty()));
    }

    /// Stops following `worker` and shows `outcome`.
    void finished(Worker<?> worker, String outcome) {
        if (current != worker) {
            return;
        }
        current = null;
        progress.unbind();
        message.unbind();
        progress.set(0);
        message.set(outcome);
        running.set(false);
    }

    /// Asks the running job, if any, to stop.
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /// Whether a job runs.
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /// The running job's progress in 0..1, or -1 when indeterminate.
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /// The running job's title and stage, or the last job's outcome.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
