package org.vwb.numeric.internal;

import java.lang.System.Logger.Level;
import java.util.Locale;

import org.vwb.numeric.FloatMatrix;
import org.vwb.numeric.GemmProbe;
import org.vwb.numeric.LinearAlgebra;
import org.vwb.numeric.LinearAlgebra.Backend;
import org.vwb.numeric.internal.nd4j.NativeGemmProbes;
import org.vwb.numeric.internal.nd4j.Nd4jLinearAlgebra;
import org.vwb.numeric.internal.panama.PanamaGemmProbe;
import org.vwb.numeric.internal.panama.PanamaLinearAlgebra;
import org.vwb.numeric.internal.scalar.ScalarLinearAlgebra;

/// Picks the [LinearAlgebra] implementation once and logs why it fell back (Lucene's provider shape).
public final class Backends {
    /// The system property that selects a backend: `nd4j`, `panama` or `scalar`.
    public static final String PROPERTY = "vwb.numeric";

    private static final System.Logger LOG = System.getLogger("org.vwb.numeric");

    private Backends() {}

    /// The process-wide instance.
    public static LinearAlgebra selected() {
        return Holder.INSTANCE;
    }

    /// A new instance of `backend`, or [IllegalStateException] naming why it cannot run here.
    public static LinearAlgebra create(Backend backend) {
        return switch (backend) {
            case SCALAR -> new ScalarLinearAlgebra();
            case PANAMA -> {
                if (!vectorModuleReadable()) {
                    throw new IllegalStateException("the Vector API is not available: "
                            + "pass '--add-modules jdk.incubator.vector' to java");
                }
                yield new PanamaLinearAlgebra();
            }
            case ND4J -> Nd4jLinearAlgebra.create();
        };
    }

    /// The benchmark probe of `kind` (see [GemmProbe#create]).
    public static GemmProbe probe(GemmProbe.Kind kind, FloatMatrix a, FloatMatrix b, boolean transA,
                                  boolean transB) {
        return switch (kind) {
            case OPENBLAS -> NativeGemmProbes.openblas(a, b, transA, transB);
            case ND4J -> NativeGemmProbes.nd4j(a, b, transA, transB);
            case PANAMA -> {
                if (!vectorModuleReadable()) {
                    throw new IllegalStateException("the Vector API is not available: "
                            + "pass '--add-modules jdk.incubator.vector' to java");
                }
                yield new PanamaGemmProbe(a, b, transA, transB);
            }
        };
    }

    /// Whether `jdk.incubator.vector` is in the boot layer (it is only with `--add-modules`).
    public static boolean vectorModuleReadable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /// Parses a `-Dvwb.numeric` value, case-insensitively.
    public static Backend requested(String value) {
        try {
            return Backend.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + value
                    + " is not one of nd4j, panama, scalar", e);
        }
    }

    private static LinearAlgebra choose() {
        Backend wanted = requested(System.getProperty(PROPERTY, "nd4j"));
        if (wanted == Backend.ND4J) {
            try {
                return log(create(Backend.ND4J));
            } catch (IllegalStateException e) {
                LOG.log(Level.WARNING, "ND4J is not usable here, falling back to the Java kernels: {0}",
                        e.getMessage());
                wanted = Backend.PANAMA;
            }
        }
        if (wanted == Backend.PANAMA && !vectorModuleReadable()) {
            LOG.log(Level.WARNING, "jdk.incubator.vector is not readable (pass '--add-modules "
                    + "jdk.incubator.vector'); using the scalar kernels");
            wanted = Backend.SCALAR;
        }
        return log(create(wanted));
    }

    private static LinearAlgebra log(LinearAlgebra la) {
        LOG.log(Level.INFO, "numeric backend: {0}", la.describe());
        return la;
    }

    private static final class Holder {
        static final LinearAlgebra INSTANCE = choose();
    }
}
