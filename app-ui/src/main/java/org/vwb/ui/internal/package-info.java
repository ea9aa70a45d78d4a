/// Views, view models and the FX job adapter of the desktop workbench.
package org.vwb.ui.internal;
