#!/usr/bin/env bash
# Re-runs the numeric backend benchmark recorded in docs/BENCHMARKS.md ("Numeric backend (GEMM)") and
# docs/decisions/0001-numeric-backend.md. Prints Markdown. Extra arguments go to every GemmBench run
# (e.g. --runs 7, or --m 2000 --n 3200 for a quick check). Needs ~8 GB of free memory and, on the first
# run, ~700 MB under ~/.javacpp/cache for the three libnd4j builds.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/with-jdk25 ./mvnw -B -q -o -pl numeric,benchmarks -am package -DskipTests
cp="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
avx2="$(cat benchmarks/target/nd4j-avx2-classpath.txt)"
avx512="$(cat benchmarks/target/nd4j-avx512-classpath.txt)"

# --add-modules: the Vector API kernel; native access / Unsafe: javacpp and ND4J on JDK 25.
# javacpp counts off-heap bytes against -Xmx by default; one 20,000 × 32,000 result is 2.56 GB.
flags=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED
       --sun-misc-unsafe-memory-access=allow -Xmx7g
       -Dorg.bytedeco.javacpp.maxbytes=9g -Dorg.bytedeco.javacpp.maxphysicalbytes=0
       -Dorg.slf4j.simpleLogger.defaultLogLevel=warn)
bench() { scripts/with-jdk25 java "${flags[@]}" "$@"; }

echo "### 1. All backends (ND4J with its default linux-x86_64 classifier)"
bench -cp "$cp" org.vwb.bench.numeric.GemmBench --backends openblas,nd4j,nd4j-api,panama,panama-api "$@"
echo "### 2. ND4J / OpenBLAS with OpenBLAS's own CPU detection (-Dvwb.numeric.openblasCore=none)"
bench -Dvwb.numeric.openblasCore=none -cp "$cp" org.vwb.bench.numeric.GemmBench --backends openblas,nd4j \
      --layouts abt --runs 3 "$@"
echo "### 3. ND4J with the linux-x86_64-avx2 classifier"
bench -cp "$cp:$avx2" org.vwb.bench.numeric.GemmBench --backends nd4j "$@"
echo "### 4. ND4J with the linux-x86_64-avx512 classifier"
bench -cp "$cp:$avx512" org.vwb.bench.numeric.GemmBench --backends nd4j "$@"
echo "### 5. Decompositions (ND4J backend, default classifier)"
bench -cp "$cp" org.vwb.bench.numeric.GemmBench --backends nd4j --layouts abt --runs 3 --decompositions "$@"
