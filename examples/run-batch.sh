#!/usr/bin/env bash
# A small multi-language batch on the generated sample model (no download): writes the tiny untied bf16
# Llama sample, then expands it for Chinese (two init methods) and Russian from the manifest beside this
# script, two rows at a time. A rerun skips the rows that already finished (see out/summary.csv).
#   examples/run-batch.sh [--jobs N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
vwb="$here/../vwb"
mkdir -p "$here/out"
if [ ! -d "$here/out/base" ]; then
  "$vwb" samples write tiny-llama-untied-bf16 "$here/out/base"
fi
"$vwb" batch "$here/batch-manifest.csv" --base "$here/out/base" --summary "$here/out/summary.csv" \
  --jobs "${2:-2}" --progress plain
