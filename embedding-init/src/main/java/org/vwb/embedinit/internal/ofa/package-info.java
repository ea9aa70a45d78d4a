/// The `ofa` strategy (METHODS §2), with its optional rank-k factorisation, and its options.
package org.vwb.embedinit.internal.ofa;
