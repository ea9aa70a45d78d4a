#!/usr/bin/env bash
# kill -9 test of the patch writer (issue 7, "never lose data"): a separate JVM writes a patched copy of a
# synthetic sharded BF16 model (~260 MB) and is killed with SIGKILL at several points: during the checks,
# and at delays after its temporary folder appears (rewriting, copying, verifying, renaming). After every
# kill the output folder must be absent or one complete, verified output (the previous one or the new
# one), never partial; and the next run must leave no temporary folder behind.
#
# Usage: scripts/kill-test.sh [work-dir]   (default: a new folder under ${TMPDIR:-/tmp}; ~1.3 GB needed)
# Kill points can be set with KILL_POINTS="start+1 tmp+0.3 ..." (seconds). EARLY=yes runs the writes as
# `vwb expand` does: the copy of the base's unchanged tensors starts first, the write takes it over 0.5 s later.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/patch-child-classpath.sh"
WORK="${1:-$(mktemp -d "${TMPDIR:-/tmp}/vwb-kill-test.XXXXXX")}"
mkdir -p "$WORK"
OUT="$WORK/out"

say() { printf '%s\n' "$*"; }
fail() { say "FAIL: $*"; exit 1; }
leftovers() { find "$WORK" -maxdepth 1 -name '.out.vwb-*' | wc -l; }
same() { [[ -d "$OUT" ]] && diff -rq "$OUT" "$1" >/dev/null; }

if [[ ! -d "$WORK/base" ]]; then
  say "setting up a synthetic base (vocab 32000, hidden 1024, 6 layers, 3 BF16 shards) in $WORK"
  "${CHILD[@]}" setup "$WORK" 32000 1024 6 2816 3
fi
say "base: $(du -sh "$WORK/base" | cut -f1)"
for seed in 1 2; do
  rm -rf "$WORK/ref$seed"
  start=$(date +%s%N)
  "${CHILD[@]}" write "$WORK" "$WORK/ref$seed" "$seed" false >/dev/null 2>&1
  say "reference output of seed $seed written in $(( ($(date +%s%N) - start) / 1000000 )) ms (JVM start included)"
done
# A kill point is "start+S" (S seconds after the JVM starts: checks, planning) or "tmp+S" (S seconds after
# the temporary folder appears: rewriting, copying, verifying, the renames).
POINTS=(${KILL_POINTS:-start+0.5 start+2 tmp+0 tmp+0.05 tmp+0.2 tmp+0.5 tmp+1 tmp+2 tmp+3 tmp+5 tmp+8 tmp+12})

rm -rf "$OUT" "$WORK"/.out.vwb-*
previous=""   # seed of the complete output in place, empty when none
kills=0
for point in "${POINTS[@]}"; do
  delay=${point#*+}
  seed=$([[ "$previous" == 1 ]] && echo 2 || echo 1)   # always differs from the output in place
  overwrite=$([[ -n "$previous" ]] && echo true || echo false)
  "${CHILD[@]}" write "$WORK" "$OUT" "$seed" "$overwrite" ${EARLY:+early} >/dev/null 2>&1 &
  pid=$!
  if [[ $point == tmp+* ]]; then
    while kill -0 "$pid" 2>/dev/null && ! ls -d "$WORK"/.out.vwb-tmp-* >/dev/null 2>&1; do sleep 0.01; done
  fi
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then kills=$((kills + 1)); killed=yes; else killed=no; fi
  wait "$pid" 2>/dev/null || true

  # Right after the kill: absent, the previous output or the new one; never anything partial.
  if [[ ! -d "$OUT" ]]; then
    state="absent"
    if [[ -n "$previous" ]] && ! ls -d "$WORK"/.out.vwb-old-* >/dev/null 2>&1; then
      fail "after kill at $point the previous output is gone and not kept aside"
    fi
  elif same "$WORK/ref$seed"; then state="new (seed $seed)"
  elif [[ -n "$previous" ]] && same "$WORK/ref$previous"; then state="previous (seed $previous)"
  else fail "after kill at $point $OUT is neither absent nor a complete output"; fi
  left=$(leftovers)

  # The next run (no overwrite): cleans up, restores a previous output moved aside, writes if nothing is there.
  set +e; "${CHILD[@]}" write "$WORK" "$OUT" "$seed" false ${EARLY:+early} >/dev/null 2>&1; rc=$?; set -e
  [[ $rc == 0 || $rc == 3 ]] || fail "next run after kill at $point exited $rc"
  [[ $(leftovers) == 0 ]] || fail "next run after kill at $point left a temporary folder"
  if same "$WORK/ref$seed"; then previous=$seed
  elif [[ -n "$previous" ]] && same "$WORK/ref$previous"; then :
  else fail "after the next run $OUT is not a complete output"; fi
  say "kill at $point (killed: $killed): output $state, $left temporary folder(s); next run exit $rc, output = seed $previous, none left"
done
say "PASS: $kills kills, output always absent or complete, temporary folders always cleaned by the next run"
