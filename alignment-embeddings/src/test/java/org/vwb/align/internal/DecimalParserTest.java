package org.vwb.align.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalParserTest {

    private static float parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return DecimalParser.parse(b, 0, b.length);
    }

    @Test
    void agreesBitForBitWithFloatParseFloatOnTheFormatsVectorWritersUse() {
        SplittableRandom rnd = new SplittableRandom(5);
        String[] formats = {"%.4f", "%.5f", "%.6f", "%.5g", "%.6g", "%.7g", "%.9g", "%e", "%.3e", "%s"};
        for (int i = 0; i < 200_000; i++) {
            double x = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(-12, 12));
            String f = formats[i % formats.length];
            String s = f.equals("%s") ? Float.toString((float) x) : String.format(Locale.ROOT, f, x);
            assertEquals(Float.floatToIntBits(Float.parseFloat(s)), Float.floatToIntBits(parse(s)), s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "-0.0", "1.", ".5", "+3", "1E5", "1e+05", "-1.5e-3", "123456789012345678901234",
            "0.0000000000000000000000000000000000000000000014", "3.4028235e38", "9999999", "0.1234567"})
    void agreesWithFloatParseFloatOnEdgeCases(String s) {
        assertEquals(Float.floatToIntBits(Float.parseFloat(s)), Float.floatToIntBits(parse(s)), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "e5", "1e", "1.5f", "1d", "abc", "1..2", "1e5e3", "--1"})
    void rejectsWhatIsNotADecimalNumber(String s) {
        assertThrows(NumberFormatException.class, () -> parse(s));
    }

    @Test
    void scanStopsAtTheNextBlankAndReportsWhere() {
        byte[] line = "0.5 -1e-3\t12345678.9 nan x".getBytes(StandardCharsets.US_ASCII);
        long a = DecimalParser.scan(line, 0, line.length);
        assertEquals(0.5f, DecimalParser.value(a));
        assertEquals(3, DecimalParser.tokenEnd(a));
        long b = DecimalParser.scan(line, 4, line.length);
        assertEquals(-1e-3f, DecimalParser.value(b));
        assertEquals(9, DecimalParser.tokenEnd(b));
        long c = DecimalParser.scan(line, 10, line.length);
        assertEquals(12345678.9f, DecimalParser.value(c));
        assertEquals(20, DecimalParser.tokenEnd(c));
        assertEquals(Float.NaN, DecimalParser.value(DecimalParser.scan(line, 21, line.length)));
        assertThrows(NumberFormatException.class, () -> DecimalParser.scan(line, 25, line.length));
    }

    @Test
    void readsTheNanAndInfinitySpellingsOfCAndPython() {
        assertEquals(Float.NaN, parse("nan"));
        assertEquals(Float.NEGATIVE_INFINITY, parse("-inf"));
        assertEquals(Float.POSITIVE_INFINITY, parse("Infinity"));
    }
}
