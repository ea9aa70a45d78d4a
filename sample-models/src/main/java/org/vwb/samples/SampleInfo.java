package org.vwb.samples;

/// A sample that [Samples#write] can materialize.
///
/// @param name        the name users type, e.g. `tiny-llama-tied-f32`
/// @param description one line: what it is and what it is good for
/// @param synthetic   whether the weights are generated (true) or real trained weights (false)
public record SampleInfo(String name, String description, boolean synthetic) {
}
