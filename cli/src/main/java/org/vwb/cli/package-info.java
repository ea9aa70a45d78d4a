/// The `vwb` command-line front end (picocli): `Main`, the command tree built by [org.vwb.cli.Cli],
/// the exit codes and the single top-level exception handler. It reaches feature modules only through
/// [org.vwb.core.Workbench] and the records in its signatures. This is the only package family allowed
/// to write to the standard streams, and only through picocli's out/err writers.
package org.vwb.cli;
