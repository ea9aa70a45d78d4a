#!/usr/bin/env bash
# Re-runs the safetensors checkpoint benchmark recorded in docs/BENCHMARKS.md ("Checkpoint I/O"):
# header-only open, bf16 -> f32 decode of a 32,000 x 4,096 embedding, and an export that grows the
# embedding (other tensors copied as bytes) against `cp -r` of the same folder, for each shard size given
# (MiB per shard; default 512 1024 2048), once with shards written one at a time and once two at a time.
# Needs ~4x the largest checkpoint in free disk under benchmarks/target/; deletes nothing it did not make.
#   benchmarks/run-checkpoint.sh [SHARD_MIB ...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); ((${#sizes[@]})) || sizes=(512 1024 2048)
scripts/with-jdk25 ./mvnw -B -q -o -pl benchmarks -am package -DskipTests
cp="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for p in 1 2; do
  echo "### shards written $p at a time"
  scripts/with-jdk25 java --enable-native-access=ALL-UNNAMED -Dvwb.bench.parallelism="$p" -cp "$cp" \
    org.vwb.bench.io.CheckpointBench benchmarks/target/checkpoint-bench "${sizes[@]}"
done
