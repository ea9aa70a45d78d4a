/// Output of `vwb eval …`: the reconstruction benchmark's table and its JSON form.
package org.vwb.cli.eval;
