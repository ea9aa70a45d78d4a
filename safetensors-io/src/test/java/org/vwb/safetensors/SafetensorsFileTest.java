package org.vwb.safetensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vwb.safetensors.SafetensorsFormatException.Reason;

/// Files on disk: mapping, header-only reads, truncation, rows, and the writer's guards.
class SafetensorsFileTest {

    @TempDir
    Path dir;

    private static float value(long row, int col) {
        return (row * 31 + col) * 0.25f - 7;
    }

    private Path matrixFile(DType dtype, long rows, int columns) throws Exception {
        Path file = dir.resolve(dtype + ".safetensors");
        SafetensorsWriter.create()
                .addRows("m", dtype, rows, columns, (row, dst) -> {
                    for (int c = 0; c < columns; c++) {
                        dst[c] = value(row, c);
                    }
                })
                .add("bias", DType.F32, new long[] {1}, TensorData.of(new byte[4]))
                .write(file);
        return file;
    }

    @Test
    void rowsDecodeToTheValuesEncoded() throws Exception {
        for (DType dtype : new DType[] {DType.BF16, DType.F16, DType.F32, DType.F64}) {
            try (SafetensorsFile f = SafetensorsFile.open(matrixFile(dtype, 5, 7))) {
                TensorView m = f.tensor("m");
                assertEquals(5, m.rows());
                assertEquals(7, m.columns());
                float[] row = new float[7];
                m.readRow(3, row);
                for (int c = 0; c < 7; c++) { // values are multiples of 0.25 below 256: exact in every dtype
                    assertEquals(value(3, c), row[c], dtype + " col " + c);
                }
                float[] block = new float[14];
                m.readRows(2, 2, block);
                assertEquals(value(3, 6), block[13]);
                assertEquals(value(4, 0), m.toFloatArray()[28]);
                assertEquals(7L * dtype.bytes(), m.row(1).byteSize());
            }
        }
    }

    @Test
    void rowsLargerThanOneWriteBlockStream() throws Exception {
        int columns = 300_000; // 1.2 MB per f32 row: more than the 1 MiB block
        try (SafetensorsFile f = SafetensorsFile.open(matrixFile(DType.F32, 3, columns))) {
            float[] row = new float[columns];
            f.tensor("m").readRow(2, row);
            assertEquals(value(2, columns - 1), row[columns - 1]);
        }
    }

    @Test
    void growingATensorCopiesOldRowsAsBytesAndEncodesNewOnes() throws Exception {
        Path source = matrixFile(DType.BF16, 3, 4);
        Path grown = dir.resolve("grown.safetensors");
        java.util.List<Long> asked = new java.util.ArrayList<>();
        try (SafetensorsFile f = SafetensorsFile.open(source)) {
            SafetensorsWriter.create()
                    .addWithExtraRows(f.tensor("m"), 2, (row, dst) -> {
                        asked.add(row);
                        java.util.Arrays.fill(dst, row * 1.5f);
                    })
                    .write(grown);
            try (SafetensorsFile g = SafetensorsFile.open(grown)) {
                TensorView m = g.tensor("m");
                assertArrayEquals(new long[] {5, 4}, m.info().shape());
                assertArrayEquals(f.tensor("m").data().toArray(ValueLayout.JAVA_BYTE),
                        m.data().asSlice(0, 24).toArray(ValueLayout.JAVA_BYTE));
                float[] row = new float[4];
                m.readRow(4, row);
                assertArrayEquals(new float[] {6f, 6f, 6f, 6f}, row);
            }
        }
        assertEquals(java.util.List.of(3L, 4L), asked);
    }

    @Test
    void rowAccessOutsideTheTensorIsRefused() throws Exception {
        try (SafetensorsFile f = SafetensorsFile.open(matrixFile(DType.BF16, 2, 3))) {
            assertThrows(IndexOutOfBoundsException.class, () -> f.tensor("m").readRow(2, new float[3]));
            assertThrows(IllegalArgumentException.class, () -> f.tensor("nope"));
        }
    }

    @Test
    void viewsCannotBeReadAfterClose() throws Exception {
        TensorView m;
        try (SafetensorsFile f = SafetensorsFile.open(matrixFile(DType.BF16, 2, 3))) {
            m = f.tensor("m");
        }
        TensorView closed = m;
        assertThrows(IllegalStateException.class, () -> closed.readRow(0, new float[3]));
    }

    @Test
    void readHeaderDoesNotReadTheData() throws Exception {
        // 3 GB of (sparse) data: a reader that read or buffered it could not fit it in one array
        long data = 3L << 30;
        String h = "{\"big\":{\"dtype\":\"U8\",\"shape\":[" + data + "],\"data_offsets\":[0," + data + "]}}";
        Path file = dir.resolve("big.safetensors");
        Files.write(file, Bytes.file(h, 0));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(8 + h.length() + data);
        }
        SafetensorsHeader header = SafetensorsFile.readHeader(file);
        assertEquals(data, header.dataLength());
    }

    @Test
    void aTruncatedFileIsRejectedNamingTheFile() throws Exception {
        Path file = matrixFile(DType.BF16, 4, 4);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 3);
        }
        for (var open : java.util.List.<IoCall>of(() -> SafetensorsFile.open(file).close(),
                () -> SafetensorsFile.readHeader(file))) {
            var e = assertThrows(SafetensorsFormatException.class, open::run);
            assertEquals(Reason.TRUNCATED, e.reason());
            assertTrue(e.getMessage().startsWith(file + ": tensors need 36 data bytes but the file holds 33"),
                    e.getMessage());
        }
    }

    @Test
    void anEmptyFileIsTooSmallWhetherMappedOrNot() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.safetensors"));
        for (var open : java.util.List.<IoCall>of(() -> SafetensorsFile.open(file).close(),
                () -> SafetensorsFile.readHeader(file))) {
            var e = assertThrows(SafetensorsFormatException.class, open::run);
            assertEquals(Reason.HEADER_TOO_SMALL, e.reason());
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        }
    }

    @Test
    void aHeaderWhoseOffsetsLieBeyondTheFileIsRejected() throws Exception {
        Path file = dir.resolve("lying.safetensors");
        Files.write(file, Bytes.file("{\"w\":{\"dtype\":\"F32\",\"shape\":[1000000],\"data_offsets\":[0,4000000]}}", 16));
        var e = assertThrows(SafetensorsFormatException.class, () -> SafetensorsFile.open(file));
        assertEquals(Reason.TRUNCATED, e.reason());
        Files.write(file, Bytes.raw(1 << 20, "{}".getBytes(), new byte[0]));
        e = assertThrows(SafetensorsFormatException.class, () -> SafetensorsFile.readHeader(file));
        assertEquals(Reason.HEADER_OUT_OF_BOUNDS, e.reason());
    }

    @Test
    void writerRefusesWrongSizesDuplicatesAndAnotherFormat() {
        SafetensorsWriter w = SafetensorsWriter.create().add("a", DType.F32, new long[] {2}, TensorData.of(new byte[8]));
        assertThrows(IllegalArgumentException.class, () -> w.add("a", DType.U8, new long[] {1}, TensorData.of(new byte[1])));
        assertThrows(IllegalArgumentException.class, () -> w.add("b", DType.F32, new long[] {3}, TensorData.of(new byte[8])));
        assertThrows(IllegalArgumentException.class, () -> w.add("__metadata__", DType.U8, new long[] {1}, TensorData.of(new byte[1])));
        assertThrows(IllegalArgumentException.class, () -> w.metadata("format", "tf"));
        assertThrows(IllegalArgumentException.class, () -> w.addRows("r", DType.I8, 1, 1, (r, d) -> { }));
    }

    @Test
    void anExistingTargetIsReplacedWhole() throws Exception {
        Path file = matrixFile(DType.BF16, 2, 2);
        byte[] expected = new byte[] {1, 2, 3};
        SafetensorsWriter.create().add("x", DType.U8, new long[] {3}, TensorData.of(expected)).write(file);
        try (SafetensorsFile f = SafetensorsFile.open(file)) {
            assertEquals(1, f.header().tensors().size());
            assertArrayEquals(expected, f.tensor("x").data().toArray(ValueLayout.JAVA_BYTE));
        }
    }

    @FunctionalInterface
    interface IoCall {
        void run() throws Exception;
    }
}
