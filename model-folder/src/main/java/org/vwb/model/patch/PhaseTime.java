package org.vwb.model.patch;

import java.time.Duration;
import java.util.Objects;

/// Wall time of one phase of a patch.
///
/// @param phase the phase, as reported to the progress sink
/// @param time  its wall time
public record PhaseTime(String phase, Duration time) {

    /// Validates presence.
    public PhaseTime {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(time, "time");
    }
}
