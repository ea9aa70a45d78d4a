package org.vwb.embedinit;

import java.io.IOException;
import org.vwb.common.JobContext;

/// One way to initialise new rows. Implementations compute rows for **every** token of the problem and
/// every role ([InitProblem#roles()]); a token they cannot place gets [Origin#UNPLACED] provenance (and
/// any row), and [Initializer] hands it to the fallback. Copying overlapping and special tokens is the
/// [Initializer]'s job, not the strategy's.
public interface InitStrategy {

    /// The name used on the command line and in recipes (`fvt`, `wechsel`, …).
    String name();

    /// Computes the rows. [Initializer] never calls this with an empty token list.
    ///
    /// @throws InitInputException when the inputs cannot serve this strategy (missing vectors, wrong sizes)
    /// @throws IOException        when a resource file cannot be read
    InitResult initialize(InitProblem problem, JobContext context) throws IOException;
}
