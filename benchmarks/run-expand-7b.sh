#!/usr/bin/env bash
# The real `vwb expand` run of issue 7, recorded in docs/BENCHMARKS.md ("vwb expand on a Llama-2-7B-shaped
# checkpoint"): generates a Llama-2-7B-shaped folder with random bf16 data (13.48 GB, every byte on disk;
# org.vwb.bench.io.Llama7bFolder) and the real Llama 2 tokenizer.model, then times, in this order,
#   1. cp -r BASE            (then deleted)
#   2. vwb expand            20,000 Chinese pieces mined from zh-mine.txt, method fvt (then deleted)
#   3. cp -r BASE            again (the other order)
# each with /proc/loadavg before and after and the time of a `sync` right after it (not part of the
# figure: neither cp nor vwb calls fsync). vwb runs under /usr/bin/time -v for its peak RSS.
#
#   4. with --verify-modes: `vwb init` from the same expanded tokenizer (init + write + verify only), three
#      times: -Dvwb.patch.verify=exact (kernel copy, byte-for-byte verify reading base and output); digests
#      (the base read once) with the base's pages kept in the page cache (-Dvwb.patch.drop-cache=false); the
#      defaults (digests, the base's pages dropped as they are copied); then cp -r again
#
#   benchmarks/run-expand-7b.sh DIR [SHARDS] [--keep-base] [--verify-modes]
#     DIR        work folder (created; needs ~30 GB free: base 13.5 GB + one 13.5 GB copy at a time)
#     SHARDS     2 (the split of the published Llama-2-7b-hf, default) or 3 (5 GB shards)
#     --keep-base  keep DIR/base for another run (otherwise everything the script made is deleted)
# Environment: VWB_JAVA_OPTS (default -Xmx4g), PIECES (20000), METHOD (fvt), CORPUS (assets/corpora/zh-mine.txt),
# TOKENIZER (assets/llama2/tokenizer.model), DIAGNOSE (yes; no = the same run as a recipe without the
# diagnose stage, which computes nearest neighbours of 2 x 20,000 rows), COLD (yes: see cold()), SAVE_TOKENIZER (a folder to keep the expanded tokenizer in). Needs scripts/fetch-assets and scripts/fetch-corpora to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
(($# >= 1)) || { echo "usage: $0 DIR [SHARDS] [--keep-base]" >&2; exit 2; }
dir=$1; shift
shards=2; keep=""; modes=""
for a in "$@"; do
  case $a in --keep-base) keep=yes ;; --verify-modes) modes=yes ;; 2|3) shards=$a ;;
    *) echo "unknown argument $a" >&2; exit 2 ;; esac
done
tok=${TOKENIZER:-assets/llama2/tokenizer.model}
corpus=${CORPUS:-assets/corpora/zh-mine.txt}
pieces=${PIECES:-20000}
method=${METHOD:-fvt}
export VWB_JAVA_OPTS=${VWB_JAVA_OPTS:--Xmx4g}
for f in "$tok" "$corpus"; do [[ -f $f ]] || { echo "error: $f missing (scripts/fetch-assets, scripts/fetch-corpora)" >&2; exit 2; }; done
tok=$(realpath "$tok"); corpus=$(realpath "$corpus")
mkdir -p "$dir"; dir=$(realpath "$dir")
base=$dir/base

need_gb=30; [[ -f $base/model.safetensors.index.json ]] && need_gb=16
avail_gb=$(( $(df --output=avail -k "$dir" | tail -1) / 1024 / 1024 ))
echo "df $dir: ${avail_gb} GB available, need ~${need_gb} GB"
((avail_gb >= need_gb)) || { echo "error: not enough free space in $dir" >&2; exit 3; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
stamp() { local l; while IFS= read -r l; do printf '%s %s\n' "$EPOCHREALTIME" "$l"; done; }  # progress lines, timed
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# CPU time the hypervisor gave to others (the "steal" column of /proc/stat, in 1/100 s): on a shared VM it
# slows CPU-bound stages without showing in the load average.
steal() { awk '/^cpu / {print $9}' /proc/stat; }

echo "date $(date -u +%FT%TZ); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);" \
  "$(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo);" \
  "fs $(df --output=fstype "$dir" | tail -1) on $(df --output=source "$dir" | tail -1)"
echo "VWB_JAVA_OPTS=$VWB_JAVA_OPTS; $pieces pieces, method $method, corpus $corpus"

scripts/with-jdk25 ./mvnw -B -q -o -pl benchmarks -am package -DskipTests
./vwb --version >/dev/null   # builds the CLI (and its CDS archive) if needed, outside the timing
cp_path="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"

echo "== generate (load $(load))"
t=$(now_ms)
scripts/with-jdk25 java -cp "$cp_path" org.vwb.bench.io.Llama7bFolder "$base" "$tok" "$shards"
echo "generate ms $(( $(now_ms) - t ))"
ls -l "$base"; du -sh --apparent-size "$base"; du -sh "$base"
sync

# Every timed command starts with none of the base in the page cache (unless COLD=no): `dd iflag=nocache
# count=0` asks the kernel to drop a file's clean cached pages, without privileges. Otherwise each command
# finds whatever the previous one left (a cp -r right after another ran from memory in 9 s instead of 19).
cold() {
  [[ ${COLD:-yes} == no ]] && return 0
  local f; for f in "$base"/*; do dd if="$f" iflag=nocache count=0 status=none; done
}

timed_cp() {  # $1 = label
  local s e s2
  rm -rf "$dir/cp-copy"; sync; cold
  echo "== cp -r $1 (load before $(load))"
  local st=$(steal)
  s=$(now_ms); cp -r "$base" "$dir/cp-copy"; e=$(now_ms)
  sync; s2=$(now_ms)
  echo "cp -r $1 ms $(( e - s )); sync after ms $(( s2 - e )); load after $(load); steal $(( $(steal) - st ))0 ms"
  rm -rf "$dir/cp-copy"; sync
}

timed_cp "before"

out=$dir/expanded
rm -rf "$out"; sync; cold
echo "== vwb expand (load before $(load))"
st=$(steal)
s=$(now_ms)
run_args=(--base "$base" --corpus "$corpus" --pieces "$pieces" --method "$method" --out "$out")
if [[ ${DIAGNOSE:-yes} == no ]]; then  # the same run as a recipe with "diagnostics": {"hull": false}
  ./vwb expand "${run_args[@]}" --save-recipe "$dir/recipe.json" --dry-run >/dev/null
  sed -i -E 's/("hull"[[:space:]]*:[[:space:]]*)true/\1false/' "$dir/recipe.json"
  grep -q '"hull"[[:space:]]*:[[:space:]]*false' "$dir/recipe.json" || { echo "error: no hull switch in the recipe" >&2; exit 2; }
  run_args=(--recipe "$dir/recipe.json")
fi
/usr/bin/time -v -o "$dir/vwb-time.txt" ./vwb expand "${run_args[@]}" --progress plain \
  2> >(stamp >"$dir/vwb-stderr.txt") | tee "$dir/vwb-stdout.txt"
e=$(now_ms)
sync; s2=$(now_ms)
echo "vwb expand ms $(( e - s )); sync after ms $(( s2 - e )); load after $(load); steal $(( $(steal) - st ))0 ms"
grep -E 'Maximum resident|Elapsed|User time|System time|Percent of CPU|File system' "$dir/vwb-time.txt"
sleep 1  # the stamping process may still be writing
echo "progress phases (epoch seconds, first line of each):"
awk '{k=$2" "$3; if (!(k in seen)) {seen[k]=1; print}}' "$dir/vwb-stderr.txt" | cut -c1-160 | head -60
ls -l "$out"; du -sh "$out"
tok_saved=${SAVE_TOKENIZER:-$dir/expanded-tokenizer}  # the expanded tokenizer, for the `vwb init` runs
rm -rf "$tok_saved"; mkdir -p "$tok_saved" && cp "$out"/tokenizer.* "$out"/vwb-id-mapping.json "$tok_saved"/
rm -rf "$out"; sync

timed_cp "after"

timed_init() {  # $1 = label, $2 = extra JVM options
  local s e s2 o=$dir/init-$1
  rm -rf "$o"; sync; cold
  echo "== vwb init, verify $1: $2 (load before $(load))"
  s=$(now_ms)
  VWB_JAVA_OPTS="$VWB_JAVA_OPTS $2" /usr/bin/time -v -o "$dir/init-$1-time.txt" ./vwb init \
    --model "$base" --tokenizer "$tok_saved" --method "$method" --out "$o" --progress plain \
    2> >(stamp >"$dir/init-$1-stderr.txt") | tee "$dir/init-$1-stdout.txt"
  e=$(now_ms)
  sync; s2=$(now_ms)
  echo "vwb init ($1) ms $(( e - s )); sync after ms $(( s2 - e )); load after $(load)"
  grep -E 'Maximum resident|User time|System time|File system' "$dir/init-$1-time.txt"
  sleep 1
  awk '{k=$2" "$3; if (!(k in seen)) {seen[k]=1; print}}' "$dir/init-$1-stderr.txt" | grep -v '%' | cut -c1-120
  rm -rf "$o"; sync
}
if [[ -n $modes ]]; then
  timed_init exact -Dvwb.patch.verify=exact
  timed_init digest "-Dvwb.patch.verify=digest -Dvwb.patch.drop-cache=false"
  timed_init default -Dvwb.patch.verify=digest
  timed_cp "after the init runs"
fi
[[ -n ${SAVE_TOKENIZER:-} ]] || rm -rf "$tok_saved"

if [[ -z $keep ]]; then
  rm -rf "$base"
  echo "deleted $base"
fi
echo "done $(date -u +%FT%TZ), load $(load)"
