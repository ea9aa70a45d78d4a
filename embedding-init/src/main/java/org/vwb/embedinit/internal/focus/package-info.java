/// The `focus` strategy (METHODS §5.1): canonical-form anchors, the auxiliary token space, its options.
package org.vwb.embedinit.internal.focus;
