package org.vwb.numeric;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vwb.numeric.LinearAlgebra.Backend;

class BackendSelectionTest {

    @Test
    void eachBackendDescribesItself() {
        assertTrue(Fixtures.backend(Backend.SCALAR).describe().startsWith("scalar"));
        assertTrue(Fixtures.backend(Backend.PANAMA).describe().startsWith("panama (Vector API Species[float"));
        assertTrue(Fixtures.backend(Backend.ND4J).describe().startsWith("nd4j 1.0.0-M2.1"));
    }

    @Test
    void selectedBackendIsNd4jByDefault() {
        // surefire sets no -Dvwb.numeric, so the default applies
        assertTrue(LinearAlgebra.get().describe().startsWith("nd4j"), LinearAlgebra.get().describe());
    }

    @Test
    void unknownBackendNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> org.vwb.numeric.internal.Backends.requested("cuda"));
        assertTrue(e.getMessage().contains("-Dvwb.numeric=cuda is not one of nd4j, panama, scalar"));
    }
}
