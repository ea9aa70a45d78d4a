#!/usr/bin/env bash
# Times `vwb inspect` on a Llama-2-7B-shaped folder (2 bf16 shards, 13.5 GB apparent size, sparse) with the
# real Llama 2 tokenizer.model, against `vwb --version` (JVM + CLI start-up) in the same run.
# Recorded in docs/BENCHMARKS.md. Needs scripts/fetch-assets to have run (assets/llama2/tokenizer.model).
#   benchmarks/run-inspect.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
tok=assets/llama2/tokenizer.model
[[ -f $tok ]] || { echo "error: $tok missing; run scripts/fetch-assets first" >&2; exit 2; }
scripts/with-jdk25 ./mvnw -B -q -o -pl benchmarks -am package -DskipTests
./vwb --version >/dev/null   # builds the CLI if needed, outside the timing
dir=benchmarks/target/llama2-7b-sparse
cp="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
scripts/with-jdk25 java -cp "$cp" org.vwb.bench.io.SparseLlamaFolder "$dir" "$tok"

time_ms() {  # prints the wall time of "$@" in ms
  local s e
  s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "date $(date -u +%FT%TZ); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
ver=(); insp=(); json=()
for _ in $(seq "$runs"); do
  ver+=("$(time_ms ./vwb --version)")
  insp+=("$(time_ms ./vwb inspect "$dir" --progress none)")
  json+=("$(time_ms ./vwb inspect "$dir" --json --progress none)")
done
mv=$(printf '%s\n' "${ver[@]}" | median)
mi=$(printf '%s\n' "${insp[@]}" | median)
mj=$(printf '%s\n' "${json[@]}" | median)
echo "vwb --version        ms: ${ver[*]}  (median $mv)"
echo "vwb inspect          ms: ${insp[*]}  (median $mi)"
echo "vwb inspect --json   ms: ${json[*]}  (median $mj)"
awk -v i="$mi" -v v="$mv" 'BEGIN {printf "inspect beyond start-up: %d ms; ratio inspect / --version = %.2f\n", i - v, i / v}'
/usr/bin/time -v ./vwb inspect "$dir" --progress none 2>&1 >/dev/null | grep -E 'Maximum resident' || true
