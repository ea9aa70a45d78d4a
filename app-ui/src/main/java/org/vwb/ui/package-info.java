/// The desktop workbench: a JavaFX front end over `workbench-core` (MVVM: views bind, view models hold
/// state as properties and run core jobs through one FX adapter). Start it with [org.vwb.ui.Launcher].
package org.vwb.ui;
