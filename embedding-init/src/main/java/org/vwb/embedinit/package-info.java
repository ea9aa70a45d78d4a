/// Initialization of new embedding rows (issue 5, to come) and their diagnostics
/// ([org.vwb.embedinit.diagnostics]).
package org.vwb.embedinit;
