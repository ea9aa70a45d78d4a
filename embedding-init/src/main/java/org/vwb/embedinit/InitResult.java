package org.vwb.embedinit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vwb.numeric.FloatMatrix;

/// New rows for every matrix of the model, in the order of [InitProblem#tokens()], with per-row provenance.
///
/// @param rows       per matrix role, `tokens × dim` rows (one role for a tied model, two otherwise)
/// @param outputBias new lm_head bias entries in token order, or `null` when the base has no bias
/// @param provenance one entry per token and role
public record InitResult(Map<MatrixRole, FloatMatrix> rows, float[] outputBias, List<TokenInit> provenance) {

    /// Copies the map and list (not the matrices).
    public InitResult {
        Objects.requireNonNull(rows, "rows");
        rows = rows.isEmpty() ? Map.of() : new EnumMap<>(rows);
        provenance = List.copyOf(provenance);
    }

    /// The new rows of `role`.
    public FloatMatrix rows(MatrixRole role) {
        FloatMatrix m = rows.get(role);
        if (m == null) {
            throw new IllegalArgumentException("no rows for the " + role.label() + " matrix");
        }
        return m;
    }

    /// The provenance entries of `role`, in token order.
    public List<TokenInit> provenance(MatrixRole role) {
        return provenance.stream().filter(t -> t.role() == role).toList();
    }
}
