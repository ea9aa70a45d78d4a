/// Console adapters for jobs: the progress sink (bar, plain lines, JSON lines), the runner that ties a
/// job to its sink and cancellation, and the Ctrl-C shutdown hook. Everything writes to the command
/// line's stderr writer, never to `System.err` directly, so tests can capture it.
package org.vwb.cli.progress;
