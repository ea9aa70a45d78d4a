#!/usr/bin/env bash
# Times the `multivariate` init strategy's fit (mean + covariance + Cholesky) and the whole strategy
# (fit + sampling the new rows) on a 32,000 x 4,096 f32 matrix against the GEMM floor (one X^T X through
# LinearAlgebra.gemm) in the same JVM. Recorded in docs/BENCHMARKS.md ("multivariate init").
#   benchmarks/run-multivariate.sh [ROWS [DIM [NEW [RUNS]]]]     (defaults 32000 4096 20000 3)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/with-jdk25 ./mvnw -B -q -o -pl benchmarks -am package -DskipTests
cp="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
echo "date $(date -u +%FT%TZ); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
scripts/with-jdk25 java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx8g \
  -Dorg.bytedeco.javacpp.maxbytes=8g -Dorg.bytedeco.javacpp.maxphysicalbytes=0 \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" org.vwb.bench.init.MultivariateBench "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
