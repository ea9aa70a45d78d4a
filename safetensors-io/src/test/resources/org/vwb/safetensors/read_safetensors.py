"""Independent safetensors reader for the tests: struct + json only, written from the format description.

Prints one JSON object: {"metadata": {...}, "tensors": {name: {"dtype", "shape", "sha256"}}}, and exits
non-zero when the file breaks a rule of the format.
"""
import hashlib
import json
import struct
import sys


def main(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    if n % 8 != 0:
        sys.exit("header length %d is not a multiple of 8" % n)
    header = json.loads(data[8:8 + n].decode("utf-8"))
    metadata = header.pop("__metadata__", {})
    start = 8 + n
    expected_begin = 0
    out = {}
    for name, t in sorted(header.items(), key=lambda kv: tuple(kv[1]["data_offsets"])):
        begin, end = t["data_offsets"]
        if begin != expected_begin:
            sys.exit("tensor %r begins at %d, expected %d" % (name, begin, expected_begin))
        out[name] = {"dtype": t["dtype"], "shape": t["shape"],
                     "sha256": hashlib.sha256(data[start + begin:start + end]).hexdigest()}
        expected_begin = end
    if start + expected_begin != len(data):
        sys.exit("data ends at %d but the file is %d bytes" % (start + expected_begin, len(data)))
    print(json.dumps({"metadata": metadata, "tensors": out}))


if __name__ == "__main__":
    main(sys.argv[1])
