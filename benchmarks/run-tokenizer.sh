#!/usr/bin/env bash
# Re-runs the tokenizer benchmarks recorded in docs/BENCHMARKS.md ("Subword mining and fertility"):
# (1) fertility of the base tokenizers on the held-out Chinese (all lines, and lines >= 80 % CJK) and on the
#     English text; (2) the fertility report's encoding throughput against the native library's
#     single-thread speed in the same JVM; (3) mining +20k pieces on Llama 2 (stage times, CPU, peak RSS);
# (4) Llama 2 tokens per CJK character on held-out text with the first 5k/10k/20k mined rows, projected
#     by applying them as continued merges, and English lines they change.
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
cp="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
java=(scripts/with-jdk25 java --enable-native-access=ALL-UNNAMED -Dorg.slf4j.simpleLogger.defaultLogLevel=error -cp "$cp")
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
# CJK-dense held-out lines: at least 80 % of the non-space characters are Han ideographs
perl -CSD -ne 'my $c = () = /\p{Han}/g; my $n = () = /\S/g; print if $n && $c / $n >= 0.8' \
  "$corpora/zh-heldout.txt" > "$out/zh-heldout-dense.txt"

echo "### (1) fertility on held-out text"
for t in "${toks[@]}"; do
  name=$(basename "$(dirname "$t")")
  for c in "$corpora/zh-heldout.txt" "$out/zh-heldout-dense.txt" "$corpora/en-heldout.txt"; do
    ./vwb tokenizer fertility --tokenizer "$t" --corpus "$c" --json --top 0 --progress none \
      > "$out/fertility-$name-$(basename "$c" .txt).json"
  done
done
for f in "$out"/fertility-*.json; do
  node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1])).tokenizers[0];
    const f = x => x === null ? "n/a" : x.toFixed(3);
    console.log(process.argv[1].replace(/.*fertility-/, ""), "tokens/CJK", f(r.tokensPerCjkCharacter), "tokens/char",
      f(r.tokensPerCharacter), "tokens/word", f(r.tokensPerWord), "byte-fallback", f(r.byteFallbackShare),
      "vocabulary used", f(r.vocabularyUsedShare))' "$f"
done

echo "### (2) encoding throughput (best of 2)"
"${java[@]}" org.vwb.bench.vocab.EncodingThroughput "$corpora/zh-mine.txt" 2 "${toks[@]}"

echo "### (3) mining +20k pieces on Llama 2"
"${java[@]}" org.vwb.bench.vocab.MiningBench "${toks[0]}" 20000 2 "$corpora/poetry-zh.txt"
"${java[@]}" org.vwb.bench.vocab.MiningBench "${toks[0]}" 20000 2 "$corpora/zh-mine.txt"

echo "### (4) held-out projection"
./vwb tokenizer mine --base "${toks[0]}" --corpus "$corpora/zh-mine.txt" --add 20000 --out "$out/mined-zh-20k.csv" \
  --progress none > /dev/null
for c in "$corpora/zh-heldout.txt" "$out/zh-heldout-dense.txt"; do
  "${java[@]}" org.vwb.bench.vocab.HeldOutProjection "${toks[0]}" "$out/mined-zh-20k.csv" "$c" \
    "$corpora/en-heldout.txt" 5000 10000 20000
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
