#!/usr/bin/env bash
# Speed and quality of the Java word2vec trainer (org.vwb.align.Word2VecTrainer) against Debian's
# `fasttext skipgram` with the same settings on the same corpus, in the same run. Recorded in
# docs/BENCHMARKS.md. Needs scripts/fetch-vector-data (assets/corpora/zh-modern.txt) and the fasttext tool
# (apt-get install -y fasttext).
#   benchmarks/run-word2vec.sh [EPOCHS] [THREAD_COUNTS]      (defaults: 5 and "1 2")
# Settings for both: skip-gram, dim 100, window 5, 5 negatives, minCount 5, t = 1e-4, lr 0.05, and for
# fastText -minn 0 -maxn 0 (no character n-grams: the Java trainer is word2vec, not fastText).
set -euo pipefail
cd "$(dirname "$0")/.."
epochs=${1:-5}
threads=${2:-"1 2"}
src=assets/corpora/zh-modern.txt
[[ -f $src ]] || { echo "error: $src missing; run scripts/fetch-vector-data first" >&2; exit 2; }
command -v fasttext >/dev/null || { echo "error: fasttext not installed (apt-get install -y fasttext)" >&2; exit 2; }
scripts/with-jdk25 ./mvnw -B -q -o -pl benchmarks -am package -DskipTests
cp="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
work=benchmarks/target/word2vec
mkdir -p "$work"
java_() { scripts/with-jdk25 java -Xmx2g -cp "$cp" "$@"; }
# One tokenization for both tools: Han characters and symbols one by one, Latin words whole.
java_ org.vwb.bench.align.CharSplit "$src" "$work/zh.tok"

echo "date $(date -u +%FT%TZ); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "java $(scripts/with-jdk25 java -version 2>&1 | head -1); fasttext $(dpkg-query -W -f '${Version}' fasttext 2>/dev/null)"
for t in $threads; do
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
  java_ org.vwb.bench.align.TrainerBench "$work/zh.tok" "$work/vwb-t$t.vec" "$t" "$epochs" 100 5 5 5 0.05
  s=$(date +%s%N)
  fasttext skipgram -input "$work/zh.tok" -output "$work/ft-t$t" -dim 100 -ws 5 -neg 5 -epoch "$epochs" \
    -minCount 5 -minn 0 -maxn 0 -t 1e-4 -lr 0.05 -thread "$t" -verbose 2 2>&1 | tr '\r' '\n' \
    | grep 'words/sec/thread' | tail -n1 | sed 's/^/fasttext self-reported: /'
  e=$(date +%s%N)
  echo "fasttext threads=$t epochs=$epochs wall seconds (incl. vocabulary pass and writing .bin + .vec)=$(( (e - s) / 1000000 ))e-3"
done
words=文,件,网,用,系,数,开,日,红,中,Linux,debian
java_ org.vwb.bench.align.Neighbours "$words" "$work/vwb-t1.vec" "$work/ft-t1.vec"
# Do the two spaces agree? Align the Java output to fastText's with the identity dictionary (seeded 80/20
# split by word): an isometric pair of spaces gives P@1 near 1.
awk 'NR > 1 { print $1 "\t" $1 }' "$work/vwb-t1.vec" > "$work/identity.tsv"
echo "== vwb-t1.vec → ft-t1.vec, identity dictionary"
./vwb vectors align --src "$work/vwb-t1.vec" --tgt "$work/ft-t1.vec" --dict "$work/identity.tsv" --dict-format pairs \
  --refine 1 --seed 1 --out "$work/vwb-to-ft.vec" --progress none 2>/dev/null
