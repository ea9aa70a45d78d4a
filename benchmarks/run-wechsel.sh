#!/usr/bin/env bash
# WECHSEL initialization speed on a Llama-2-shaped case (issue 5), recorded in docs/BENCHMARKS.md
# ("Initialization strategies"). Extra arguments go to WechselBench (e.g. --untied, --runs 5, or
# --base 8000 --new 5000 --d 1024 for a quick check). Needs ~8 GB of free memory at full size.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/with-jdk25 ./mvnw -B -q -o -pl benchmarks -am package -DskipTests
cp="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
scripts/with-jdk25 java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  --sun-misc-unsafe-memory-access=allow -Xmx8g -Dorg.bytedeco.javacpp.maxbytes=10g \
  -Dorg.bytedeco.javacpp.maxphysicalbytes=0 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$cp" org.vwb.bench.init.WechselBench "$@"
