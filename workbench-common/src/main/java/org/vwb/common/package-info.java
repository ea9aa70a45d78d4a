/// Small vocabulary every module shares: jobs with progress and cooperative cancellation, atomic output,
/// and provenance records. No JavaFX, no ND4J, no picocli here: the front ends adapt these types at their
/// edges. Everything in this package is immutable or thread-safe as documented on each type.
package org.vwb.common;
