/// The `wechsel` strategy (METHODS §1) and its options.
package org.vwb.embedinit.internal.wechsel;
