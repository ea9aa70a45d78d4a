package org.vwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.vwb.common.JobCancelledException;
import org.vwb.model.ModelFolderException;
import org.vwb.safetensors.SafetensorsFormatException;
import org.vwb.vocab.TokenizerFormatException;

class BadInputTest {

    @Test
    void classifiesEachFormatExceptionWithItsReason() {
        assertEquals(Optional.of(new BadInput("SafetensorsFormatException", "TRUNCATED")), BadInput.of(
                new SafetensorsFormatException(SafetensorsFormatException.Reason.TRUNCATED, "m")));
        assertEquals(Optional.of(new BadInput("TokenizerFormatException", "NOT_JSON")), BadInput.of(
                new TokenizerFormatException(TokenizerFormatException.Reason.NOT_JSON, "m")));
        assertEquals(Optional.of(new BadInput("ModelFolderException", "NO_CONFIG")), BadInput.of(
                new ModelFolderException(ModelFolderException.Reason.NO_CONFIG, Path.of("c"), "m")));
    }

    @Test
    void otherFailuresAreNotBadInput() {
        assertEquals(Optional.empty(), BadInput.of(new IOException("disk full")));
        assertEquals(Optional.empty(), BadInput.of(new JobCancelledException()));
        assertEquals(Optional.empty(), BadInput.of(null));
    }
}
