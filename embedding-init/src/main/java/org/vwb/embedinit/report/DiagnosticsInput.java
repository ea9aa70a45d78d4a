package org.vwb.embedinit.report;

import java.util.List;
import java.util.Objects;
import org.vwb.embedinit.TokenInit;
import org.vwb.numeric.FloatMatrix;

/// What [Diagnostics#run] looks at: the old and new rows of the input matrix (and of an untied head),
/// the tokens behind them, and the provenance `vwb init` recorded.
///
/// @param rows       one entry per new row, in row order (row `k` of `newInput` is token `rows[k].id()`)
/// @param oldTokens  the text of old ids `0 .. n-1` for neighbour and source lists (may be shorter than
///                   the old matrix; missing ids show as `#id`)
/// @param oldInput   the base's input rows, `n × d`
/// @param newInput   the patched model's rows beyond `n`, `rows.size() × d`
/// @param oldOutput  the base's untied head rows, or `null` unless `head` is [HeadMode#UNTIED]
/// @param newOutput  the patched head's new rows, or `null` unless `head` is [HeadMode#UNTIED]
/// @param head       tied, untied or none
/// @param provenance the recorded provenance (any order; entries for ids below `n` are ignored)
/// @param options    parameters
public record DiagnosticsInput(List<NewRow> rows, List<String> oldTokens, FloatMatrix oldInput, FloatMatrix newInput,
                               FloatMatrix oldOutput, FloatMatrix newOutput, HeadMode head,
                               List<TokenInit> provenance, DiagnosticsOptions options) {

    /// Checks that the shapes fit together.
    ///
    /// @throws IllegalArgumentException naming the matrix and the expected versus found shape
    public DiagnosticsInput {
        rows = List.copyOf(rows);
        oldTokens = List.copyOf(oldTokens);
        provenance = List.copyOf(provenance);
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(options, "options");
        check("new input rows", newInput, rows.size(), oldInput.cols());
        if (head == HeadMode.UNTIED) {
            Objects.requireNonNull(oldOutput, "oldOutput");
            check("old output rows", oldOutput, oldInput.rows(), oldInput.cols());
            check("new output rows", newOutput, rows.size(), oldInput.cols());
        } else if (oldOutput != null || newOutput != null) {
            throw new IllegalArgumentException("output rows given for a " + head + " head");
        }
    }

    private static void check(String name, FloatMatrix m, int rows, int cols) {
        Objects.requireNonNull(m, name);
        if (m.rows() != rows || m.cols() != cols) {
            throw new IllegalArgumentException(name + ": expected " + rows + " × " + cols + ", found " + m.rows()
                    + " × " + m.cols());
        }
    }

    /// The text of old id `id`, or `#id` when unknown.
    public String oldToken(int id) {
        return id < oldTokens.size() ? oldTokens.get(id) : "#" + id;
    }
}
