#!/usr/bin/env bash
# Re-runs the tokenizer benchmarks recorded in docs/BENCHMARKS.md ("Subword mining and fertility"):
# (1) fertility of the base tokenizers on the held-out Chinese and the English text, (2) the fertility
# report's encoding throughput against the native library's single-thread speed in the same JVM,
# (3) mining +20k pieces on Llama 2 (wall time, CPU time and peak RSS of the whole `vwb` process).
# Needs scripts/fetch-assets and scripts/fetch-corpora --poetry first.
#   benchmarks/run-tokenizer.sh [ASSETS]        (default: assets/ in the repo)
set -euo pipefail
cd "$(dirname "$0")/.."
assets=${1:-assets}
corpora=assets/corpora
out=benchmarks/target/tokenizer-bench
mkdir -p "$out"
toks=("$assets/llama2/tokenizer.model" "$assets/mistral/tokenizer.json" "$assets/llama3/tokenizer.json" "$assets/qwen3/tokenizer.json")
scripts/with-jdk25 ./mvnw -B -q -o -pl cli,benchmarks -am package -DskipTests
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

echo "### (1) fertility on held-out text"
for t in "${toks[@]}"; do
  for c in zh-heldout en-heldout; do
    ./vwb tokenizer fertility --tokenizer "$t" --corpus "$corpora/$c.txt" --json --top 0 --progress none > "$out/fertility-$(basename "$(dirname "$t")")-$c.json"
  done
done
for f in "$out"/fertility-*.json; do
  node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1])).tokenizers[0];
    console.log(process.argv[1].replace(/.*fertility-/,""), "tokens/CJK", r.tokensPerCjkCharacter, "tokens/char", r.tokensPerCharacter,
      "tokens/word", r.tokensPerWord, "byte-fallback", r.byteFallbackShare, "vocab used", r.vocabularyUsedShare)' "$f"
done

echo "### (2) encoding throughput (best of 3)"
cp="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
scripts/with-jdk25 java --enable-native-access=ALL-UNNAMED -cp "$cp" org.vwb.bench.vocab.EncodingThroughput \
  "$corpora/zh-mine.txt" 3 "${toks[@]}"

echo "### (3) mining +20k pieces on Llama 2"
for c in zh-mine poetry-zh; do
  /usr/bin/time -f "$c: wall %e s, user %U s, sys %S s, CPU %P, max RSS %M KB" \
    ./vwb tokenizer mine --base "${toks[0]}" --corpus "$corpora/$c.txt" --add 20000 --out "$out/mined-$c-20k.csv" \
    --progress none
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
