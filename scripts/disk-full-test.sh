#!/usr/bin/env bash
# Disk-full test of the patch writer (issue 7, "never lose data"): the output goes to a tmpfs too small
# for it. Checks that
#   1. the space pre-check refuses the write (DISK_SPACE) and nothing appears on the tmpfs;
#   2. with the pre-check bypassed, the write fails with "No space left on device" part-way, and the
#      temporary folder is removed: the tmpfs is empty again;
#   3. the same over an existing output with overwrite: the previous output is kept, nothing else left.
#
# Mounting a tmpfs needs root or an unprivileged user namespace (`unshare --user --map-root-user`); the
# mount lives in a private mount namespace and disappears with the script. Where neither is possible the
# script says so and exits 2; the pre-check is then covered by PatchRefusalsTest's fake DiskSpace only.
#
# Usage: scripts/disk-full-test.sh [work-dir]   (default: a new folder under ${TMPDIR:-/tmp}; ~100 MB)
# EARLY=yes runs the writes as `vwb expand` does (the copy of the unchanged tensors started first).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/patch-child-classpath.sh"
WORK="$(realpath -m "${1:-$(mktemp -d "${TMPDIR:-/tmp}/vwb-disk-full.XXXXXX")}")"
mkdir -p "$WORK/mnt"

if [[ ! -d "$WORK/base" ]]; then
  echo "setting up a synthetic base (vocab 8000, hidden 512, 4 layers, 2 BF16 shards) in $WORK"
  "${CHILD[@]}" setup "$WORK" 8000 512 4 1376 2 >/dev/null
fi
BASE_KB=$(du -sk "$WORK/base" | cut -f1)
TMPFS_KB=$((BASE_KB / 2))
echo "base: ${BASE_KB} KiB; tmpfs: ${TMPFS_KB} KiB"

if [[ $(id -u) == 0 ]]; then
  NS=(unshare --mount --propagation private)
elif unshare --user --map-root-user --mount true 2>/dev/null; then
  NS=(unshare --user --map-root-user --mount)
else
  echo "SKIPPED: cannot mount a tmpfs here (needs root or unprivileged user namespaces)."
  echo "Only the space pre-check is tested, by PatchRefusalsTest with a fake DiskSpace."
  exit 2
fi

export WORK TMPFS_KB EARLY_FLAG="${EARLY:+early}"
export CHILD_CMD="$(printf '%q ' "${CHILD[@]}")"
"${NS[@]}" bash -euo pipefail -c '
  MNT="$WORK/mnt"
  mount -t tmpfs -o size=${TMPFS_KB}k vwb-disk-full "$MNT"
  child() { eval "$CHILD_CMD" '"'"'"$@"'"'"'; }
  contents() { (cd "$MNT" && find . -mindepth 1 | sort | tr "\n" " "); }

  set +e; out=$(child write "$WORK" "$MNT/out" 1 false $EARLY_FLAG 2>&1); rc=$?; set -e
  echo "1. pre-check:            exit $rc: ${out##*$'"'"'\n'"'"'}"
  [[ $rc == 4 ]] || { echo "FAIL: expected exit 4 (DISK_SPACE)"; exit 1; }
  [[ -z "$(contents)" ]] || { echo "FAIL: tmpfs not empty: $(contents)"; exit 1; }

  set +e; out=$(child write "$WORK" "$MNT/out" 1 false no-space-check $EARLY_FLAG 2>&1); rc=$?; set -e
  echo "2. disk full mid-write:  exit $rc: ${out##*$'"'"'\n'"'"'}"
  [[ $rc == 5 && "$out" == *"No space left on device"* ]] || { echo "FAIL: expected exit 5 with ENOSPC"; exit 1; }
  [[ -z "$(contents)" ]] || { echo "FAIL: tmpfs not empty: $(contents)"; exit 1; }
  echo "   tmpfs after the failure: $(df -k --output=used "$MNT" | tail -1 | tr -d " ") KiB used"

  mkdir "$MNT/out" && echo "the previous output" > "$MNT/out/previous.txt"
  set +e; out=$(child write "$WORK" "$MNT/out" 1 true no-space-check $EARLY_FLAG 2>&1); rc=$?; set -e
  echo "3. overwrite, disk full: exit $rc: ${out##*$'"'"'\n'"'"'}"
  [[ $rc == 5 ]] || { echo "FAIL: expected exit 5"; exit 1; }
  [[ "$(contents)" == "./out ./out/previous.txt " && "$(cat "$MNT/out/previous.txt")" == "the previous output" ]] \
    || { echo "FAIL: expected only the previous output, found: $(contents)"; exit 1; }
  echo "PASS: refused before writing; a full disk mid-write leaves nothing but the previous output"
'
