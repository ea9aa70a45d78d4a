package org.vwb.embedinit.internal.subword;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vwb.embedinit.InitProblem;
import org.vwb.embedinit.InitResult;
import org.vwb.embedinit.MatrixRole;
import org.vwb.embedinit.TokenInit;
import org.vwb.numeric.FloatMatrix;

/// Rows and provenance of a strategy's result, filled token by token, role by role.
public final class ResultBuilder {

    private final InitProblem problem;
    private final Map<MatrixRole, FloatMatrix> rows = new EnumMap<>(MatrixRole.class);
    private final Map<MatrixRole, TokenInit[]> records = new EnumMap<>(MatrixRole.class);

    /// Zero rows for every token and role of `problem`.
    public ResultBuilder(InitProblem problem) {
        this.problem = problem;
        int n = problem.tokens().size();
        for (MatrixRole role : problem.roles()) {
            rows.put(role, FloatMatrix.zeros(Math.max(1, n), problem.dim()));
            records.put(role, new TokenInit[n]);
        }
    }

    /// The rows of `role` (row `r` belongs to token `r` of the problem); callers write into them.
    public FloatMatrix rows(MatrixRole role) {
        return rows.get(role);
    }

    /// Records how row `r` of `role` was made.
    public void record(int r, TokenInit init) {
        records.get(init.role())[r] = init;
    }

    /// Marks token `r` unplaced in every role.
    public void unplaced(int r, String method, String why) {
        int id = problem.tokens().get(r).id();
        for (MatrixRole role : problem.roles()) {
            records.get(role)[r] = TokenInit.unplaced(id, role, method, why);
        }
    }

    /// The finished result (no bias: [org.vwb.embedinit.Initializer] derives it from the provenance).
    ///
    /// @throws IllegalStateException if a row was left without a record
    public InitResult build() {
        List<TokenInit> all = new java.util.ArrayList<>();
        for (MatrixRole role : problem.roles()) {
            TokenInit[] rs = records.get(role);
            for (int r = 0; r < rs.length; r++) {
                if (rs[r] == null) {
                    throw new IllegalStateException("no record for token " + r + ", " + role.label() + " matrix");
                }
                all.add(rs[r]);
            }
        }
        return new InitResult(rows, null, all);
    }
}
