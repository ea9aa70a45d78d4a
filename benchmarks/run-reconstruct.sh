#!/usr/bin/env bash
# The reconstruction benchmark (issue 5) on the real MiniLM sample: 1,000 held-out whole words, seed 1;
# FVT, the GloVe-kNN WECHSEL-style mixture (GloVe 6B 100-d as the one static space for both sides), and
# FVT+WECHSEL blends, with the random/mean/multivariate baselines. Recorded in docs/BENCHMARKS.md.
# Needs scripts/fetch-vector-data (assets/corpora/glove-100d.json).
#   benchmarks/run-reconstruct.sh [HOLDOUT] [SEED]      (defaults: 1000 and 1)
set -euo pipefail
cd "$(dirname "$0")/.."
holdout=${1:-1000}
seed=${2:-1}
a=assets/corpora
w=benchmarks/target/reconstruct
mkdir -p "$w"
if [[ ! -f $w/glove-100d.vec ]]; then
  [[ -f $a/glove-100d.json ]] || { echo "error: $a/glove-100d.json missing; run scripts/fetch-vector-data first" >&2; exit 2; }
  scripts/with-jdk25 ./mvnw -B -q -o -pl benchmarks -am package -DskipTests
  cp="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
  scripts/with-jdk25 java -Xmx4g -cp "$cp" org.vwb.bench.align.WinkJsonToVec $a/glove-100d.json $w/glove-100d.vec 2>/dev/null
fi
[[ -d $w/minilm-l6 ]] || ./vwb samples write minilm-l6 $w/minilm-l6 >/dev/null
g=$w/glove-100d.vec
blend() {  # LABEL FVT-WEIGHT WECHSEL-TEMPERATURE
  echo "--method-option $1.a=fvt --method-option $1.b=wechsel --method-option $1.b.source-vectors=$g"
  echo "--method-option $1.b.temperature=$3 --method-option $1.weight=$2"
}
echo "date $(date -u +%FT%TZ); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)"
# shellcheck disable=SC2046
./vwb eval reconstruct --model $w/minilm-l6 --holdout "$holdout" --seed "$seed" --whole-words --progress none \
  --methods fvt,fvt-length=fvt,wechsel,wechsel-t02=wechsel,blend-03=blend,blend-02-t02=blend,blend-03-t02=blend \
  --method-option fvt-length.weighting=length \
  --method-option wechsel.source-vectors=$g \
  --method-option wechsel-t02.source-vectors=$g --method-option wechsel-t02.temperature=0.2 \
  $(blend blend-03 0.3 0.1) $(blend blend-02-t02 0.2 0.2) $(blend blend-03-t02 0.3 0.2) | tee $w/minilm-reconstruct.txt
echo "done $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
