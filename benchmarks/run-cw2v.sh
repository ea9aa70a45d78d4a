#!/usr/bin/env bash
# CW2V (issue 5): time per epoch and the loss curve, recorded in docs/BENCHMARKS.md ("CW2V").
# Base: the real Llama 2 tokenizer; target: Llama 2 + the first 20,000 pieces mined from zh-mine.txt
# (`vwb tokenizer mine` + `merge`, cached in benchmarks/target/cw2v); matrices: synthetic 32,000 × 4,096
# input + lm_head (org.vwb.bench.init.Cw2vBench); corpus: zh-mine.txt.
# Needs scripts/fetch-assets (assets/llama2) and scripts/fetch-corpora (assets/corpora/zh-mine.txt).
#   benchmarks/run-cw2v.sh [NEW_TOKENS] [EPOCHS] [extra cw2v options…]   (defaults: 4000 and 5)
# Then the exact form on a tiny problem: the first 1,000 Llama 2 ids as the base (512-d), 500 new tokens.
set -euo pipefail
cd "$(dirname "$0")/.."
new=${1:-4000}
epochs=${2:-5}
shift $(( $# > 2 ? 2 : $# ))
for f in assets/llama2/tokenizer.model assets/corpora/zh-mine.txt; do
  [[ -f $f ]] || { echo "error: $f missing; run scripts/fetch-assets and scripts/fetch-corpora" >&2; exit 2; }
done
scripts/with-jdk25 ./mvnw -B -q -o -pl cli,benchmarks -am package -DskipTests
work=benchmarks/target/cw2v
mkdir -p "$work"
flags=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow
       -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils=error)
vwb_() { scripts/with-jdk25 java "${flags[@]}" -Xmx4g -jar cli/target/vwb-cli.jar "$@"; }
if [[ ! -f $work/llama2-zh20k/tokenizer.model ]]; then
  vwb_ tokenizer mine --base assets/llama2 --corpus assets/corpora/zh-mine.txt --add 20000 \
    --out "$work/zh-20k.csv" --progress none
  rm -rf "$work/llama2-zh20k"
  vwb_ tokenizer merge --base assets/llama2 --add "$work/zh-20k.csv" --out "$work/llama2-zh20k" --progress none
fi
cp="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
# /usr/bin/time for user/sys CPU and peak RSS next to the wall time (the machine may be shared)
bench() { /usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" scripts/with-jdk25 java "${flags[@]}" \
  -Xmx12g -cp "$cp" org.vwb.bench.init.Cw2vBench \
  --base assets/llama2 --target "$work/llama2-zh20k" --corpus assets/corpora/zh-mine.txt "$@"; }
echo "date $(date -u +%FT%TZ); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "java $(scripts/with-jdk25 java -version 2>&1 | head -1)"
echo "== top-K, 32,000 × 4,096 untied, $new new tokens, $epochs epochs; load $(cut -d' ' -f1-3 /proc/loadavg)"
bench --new "$new" epochs="$epochs" "$@"
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== exact, first 1,000 Llama 2 ids × 512 untied, 500 new tokens, $epochs epochs; load $(cut -d' ' -f1-3 /proc/loadavg)"
bench --rows 1000 --dim 512 --new 500 form=exact epochs="$epochs"
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
