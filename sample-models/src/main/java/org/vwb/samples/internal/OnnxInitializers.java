package org.vwb.samples.internal;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// Reads the weight tensors (`initializer`s) of an ONNX model by walking the protobuf wire format:
/// ModelProto field 7 (graph) → GraphProto field 5 (initializer, repeated) → TensorProto fields 1 (dims),
/// 2 (data_type), 4 (float_data), 8 (name), 9 (raw_data). No ONNX library; the data is not copied.
final class OnnxInitializers {

    /// ONNX `TensorProto.DataType.FLOAT`.
    static final int FLOAT = 1;

    /// One initializer; its little-endian data is `bytes[offset .. offset + length)`.
    record Initializer(String name, int dataType, long[] dims, byte[] bytes, int offset, int length) {
        long elementCount() {
            return Arrays.stream(dims).reduce(1, (a, b) -> a * b);
        }
    }

    private OnnxInitializers() {
    }

    /// Every initializer of the model in `onnx`, in file order.
    static List<Initializer> read(byte[] onnx, String source) throws IOException {
        List<Initializer> result = new ArrayList<>();
        CodedInputStream model = CodedInputStream.newInstance(onnx);
        for (int tag = model.readTag(); tag != 0; tag = model.readTag()) {
            if (WireFormat.getTagFieldNumber(tag) == 7 && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                int len = model.readRawVarint32();
                readGraph(onnx, model.getTotalBytesRead(), len, result, source);
                model.skipRawBytes(len);
            } else {
                model.skipField(tag);
            }
        }
        if (result.isEmpty()) {
            throw new IOException(source + ": no graph initializers found (ModelProto.graph.initializer is empty)");
        }
        return result;
    }

    private static void readGraph(byte[] b, int off, int len, List<Initializer> out, String source) throws IOException {
        CodedInputStream graph = CodedInputStream.newInstance(b, off, len);
        for (int tag = graph.readTag(); tag != 0; tag = graph.readTag()) {
            if (WireFormat.getTagFieldNumber(tag) == 5 && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                int tlen = graph.readRawVarint32();
                out.add(readTensor(b, off + graph.getTotalBytesRead(), tlen, source));
                graph.skipRawBytes(tlen);
            } else {
                graph.skipField(tag);
            }
        }
    }

    private static Initializer readTensor(byte[] b, int off, int len, String source) throws IOException {
        CodedInputStream t = CodedInputStream.newInstance(b, off, len);
        List<Long> dims = new ArrayList<>();
        int dataType = 0;
        String name = "";
        int dataOffset = -1;
        int dataLength = 0;
        for (int tag = t.readTag(); tag != 0; tag = t.readTag()) {
            int field = WireFormat.getTagFieldNumber(tag);
            int wire = WireFormat.getTagWireType(tag);
            if (field == 1 && wire == WireFormat.WIRETYPE_VARINT) {
                dims.add(t.readInt64());
            } else if (field == 1 && wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                int limit = t.pushLimit(t.readRawVarint32());
                while (t.getBytesUntilLimit() > 0) {
                    dims.add(t.readInt64());
                }
                t.popLimit(limit);
            } else if (field == 2 && wire == WireFormat.WIRETYPE_VARINT) {
                dataType = t.readInt32();
            } else if (field == 8 && wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                name = t.readStringRequireUtf8();
            } else if ((field == 9 || field == 4) && wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                // raw_data, or packed float_data: both are little-endian 4-byte floats on the wire.
                dataLength = t.readRawVarint32();
                dataOffset = off + t.getTotalBytesRead();
                t.skipRawBytes(dataLength);
            } else {
                t.skipField(tag);
            }
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        Initializer init = new Initializer(name, dataType, shape, b, Math.max(dataOffset, 0), dataLength);
        if (dataType == FLOAT && init.elementCount() * 4 != dataLength) {
            throw new IOException(source + ": initializer '" + name + "' has shape " + Arrays.toString(shape) + " ("
                    + init.elementCount() * 4 + " bytes of FLOAT) but " + dataLength + " data bytes");
        }
        return init;
    }
}
