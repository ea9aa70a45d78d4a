package org.vwb.numeric;

/// Row blocks of `A · Bᵀ` against one fixed candidate matrix `B`, for similarity steps that are too large
/// to materialise at once (20,000 × 32,000 floats is 2.56 GB). Obtain one from
/// [LinearAlgebra#similarities(FloatMatrix, int)] and close it when done.
///
/// **Why it exists.** [LinearAlgebra#gemm] on the native backend copies both inputs into native memory,
/// allocates a fresh native result and copies it into a new heap array on every call; for a blocked
/// similarity step that copies `B` once per block and allocates hundreds of megabytes per block. Here `B`
/// is copied into the backend once, and the backend's working buffers are allocated once and reused:
/// each [#compute] costs a copy of the block's query rows in, the kernel, and one copy of the result out
/// into the caller's array (the pure-Java backends write straight into it).
///
/// **Ownership.** `B` is read once, by the factory method; changing it afterwards does not change the
/// results. The backend's buffers (native memory for `nd4j`) belong to this object and are freed by
/// [#close()]. The `out` array of [#compute] belongs to the caller: each call overwrites its first
/// `rows · candidates()` elements and nothing else, and this object keeps no reference to it after the
/// call returns, so a caller may alternate two arrays to read one block while the next is computed.
///
/// **Results.** A block equals `gemm(q, b, false, true)` in the same backend bit for bit, where `q` holds
/// the block's query rows: the same call a blocked loop over [LinearAlgebra#gemm] makes. In `scalar` and
/// `panama` a row does not depend on the block at all; OpenBLAS (`nd4j`) may sum differently in the last
/// bits for a product of very few rows, so there the block size can change the last bits.
///
/// **Threads.** Not thread-safe: one [#compute] at a time (it runs multi-threaded inside the backend).
/// Do not call [#close()] while a [#compute] runs on another thread; wait for it first.
public interface SimilarityBlocks extends AutoCloseable {

    /// The number of candidate rows of `B`: the length of each result row.
    int candidates();

    /// The shared dimension: columns of `B` and of every query matrix.
    int dim();

    /// The most query rows one [#compute] accepts.
    int maxRows();

    /// Writes rows `[first, first + rows)` of `queries · Bᵀ` into `out[0 .. rows · candidates())`,
    /// row-major: the similarity of query `first + i` to candidate `c` lands in `out[i · candidates() + c]`.
    ///
    /// @throws IllegalArgumentException if `queries` has not [#dim()] columns, the row range is empty or
    ///     outside `queries`, `rows` exceeds [#maxRows()], or `out` is too short
    /// @throws IllegalStateException after [#close()]
    void compute(FloatMatrix queries, int first, int rows, float[] out);

    /// Frees the backend's buffers (native memory for `nd4j`). Idempotent; [#compute] fails afterwards.
    @Override
    void close();
}
