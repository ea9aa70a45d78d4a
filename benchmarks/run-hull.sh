#!/usr/bin/env bash
# Convex-hull diagnostics speed (issue 6), recorded in docs/BENCHMARKS.md ("Convex-hull diagnostics").
# Extra arguments go to HullBench (e.g. --n 8000 --d 1024 for a smaller run). Needs ~6 GB free at full size.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/with-jdk25 ./mvnw -B -q -o -pl benchmarks -am package -DskipTests
cp="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
scripts/with-jdk25 java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  --sun-misc-unsafe-memory-access=allow -Xmx8g -Dorg.bytedeco.javacpp.maxbytes=10g \
  -Dorg.bytedeco.javacpp.maxphysicalbytes=0 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$cp" org.vwb.bench.hull.HullBench "$@"
