/// The `vwb` commands, one `XxxCommand` class each. Commands parse options, build request records, run
/// the [org.vwb.core.Workbench]'s jobs through the console runner and print results; they hold no
/// domain logic.
package org.vwb.cli.command;
