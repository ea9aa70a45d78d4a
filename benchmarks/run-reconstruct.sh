#!/usr/bin/env bash
# The reconstruction benchmark (issue 5) on the real MiniLM sample: 1,000 held-out whole words, seed 1;
# FVT, the GloVe-kNN WECHSEL-style mixture (GloVe 6B 100-d as the one static space for both sides) with
# linked-word and with looked-up whole-word token vectors, the FVT+WECHSEL blend and the three-way blend
# FVT + WECHSEL(linked) + WECHSEL(lookup), with the random/mean/multivariate baselines.
# Recorded in docs/BENCHMARKS.md. Needs scripts/fetch-vector-data (assets/corpora/glove-100d.json).
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
opt() {  # LABEL KEY=VALUE…: one --method-option per pair
  local l=$1; shift
  for kv in "$@"; do echo "--method-option $l.$kv"; done
}
wechsel() {  # PREFIX TEMPERATURE WHOLE-WORDS: a WECHSEL part on GloVe
  opt "$1" source-vectors=$g temperature="$2" whole-words="$3"
}
echo "date $(date -u +%FT%TZ); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)"
# shellcheck disable=SC2046
./vwb eval reconstruct --model $w/minilm-l6 --holdout "$holdout" --seed "$seed" --whole-words --progress none \
  --methods fvt,fvt-length=fvt,wechsel,wechsel-t02=wechsel,lookup-t02=wechsel,wechsel2=blend,blend-02-t02=blend,blend3=blend \
  $(opt fvt-length weighting=length) \
  $(opt wechsel source-vectors=$g) \
  $(wechsel wechsel-t02 0.2 linked) \
  $(wechsel lookup-t02 0.2 lookup) \
  $(opt wechsel2 a=wechsel b=wechsel weight=0.5) $(wechsel wechsel2.a 0.2 linked) $(wechsel wechsel2.b 0.2 lookup) \
  $(opt blend-02-t02 a=fvt b=wechsel weight=0.2) $(wechsel blend-02-t02.b 0.2 linked) \
  $(opt blend3 a=fvt b=blend weight=0.3 b.a=wechsel b.b=wechsel b.weight=0.5) \
  $(wechsel blend3.b.a 0.2 linked) $(wechsel blend3.b.b 0.2 lookup) | tee $w/minilm-reconstruct-$seed.txt
echo "done $(date -u +%FT%TZ); load $(cut -d' ' -f1-3 /proc/loadavg)"
