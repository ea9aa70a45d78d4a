/// Initialization of new embedding rows ([Initializer], [Strategies], [InitStrategy]) and their diagnostics
/// ([org.vwb.embedinit.diagnostics]).
package org.vwb.embedinit;
