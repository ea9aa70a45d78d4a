package org.vwb.numeric.internal.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenBlasCoreTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            'fpu sse2 avx fma avx2 avx512f avx512dq avx512cd avx512bw avx512vl', SkylakeX
            'fpu sse2 avx fma avx2 avx512f avx512cd',                             Haswell
            'fpu sse2 avx fma avx2',                                              Haswell
            'fpu sse2 avx avx2',                                                  ''
            'fpu sse2 sse4_2',                                                    ''
            """)
    void coreIsChosenFromCpuFlags(String flags, String expected) {
        Optional<String> want = expected == null || expected.isEmpty() ? Optional.empty() : Optional.of(expected);
        assertEquals(want, OpenBlasCore.coreFor(flags));
    }
}
