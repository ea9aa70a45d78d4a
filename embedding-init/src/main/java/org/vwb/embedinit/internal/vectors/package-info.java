/// Shared machinery of the static-vector strategies (`wechsel`, `ofa`, `focus`): token forms with their
/// word-boundary markers, token vectors from fastText n-grams or linked words, PCA + Procrustes alignment,
/// blocked GEMM similarities with partial top-k / sparsemax selection, and mixing into every matrix role.
/// Results never depend on the thread count or the block size.
package org.vwb.embedinit.internal.vectors;
