#!/usr/bin/env bash
# Reflink test of the patch writer (issue 7: "every other shard is copied byte for byte (reflink/
# copy_file_range where the file system allows)"). On an XFS file system with reflinks (an image file
# loop-mounted in a private mount namespace) it checks that
#   1. ReflinkTest passes with every clone required (-Dvwb.test.expect-clone=true);
#   2. a patch of a synthetic 3-shard model, written plainly and as `vwb expand` writes (EARLY), clones the
#      middle shard (neither embedding nor head): the output's shard has the base's physical extents,
#      marked shared (filefrag); the two rewritten shards share at least 80 % of the blocks of their
#      unchanged tensors (all but the blocks where two tensors meet); the write's own verify and the standalone verify pass;
#   3. after one byte of the cloned shard, or of a cloned tensor in a rewritten shard, is changed in the
#      output, the standalone verify reports it (the extent proof no longer holds, so bytes are compared);
#   4. with room for only 3/4 of the base's weights, the writes (plain and EARLY) pass the space checks,
#      since clones take no room, and verify;
#   5. with -Dvwb.patch.clone=false the same writes are refused for disk space; with room, the write
#      copies the shard (no shared extents) and verifies.
#
# Needs root (mount), a loop device, and mkfs.xfs (Debian: apt-get install xfsprogs). Where one is
# missing the script says SKIPPED and exits 2.
#
# Usage: scripts/reflink-test.sh [work-dir]   (default: a new folder under ${TMPDIR:-/tmp}; a 1 GiB
# sparse image)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [[ $(id -u) != 0 ]] || ! command -v mkfs.xfs >/dev/null || ! command -v losetup >/dev/null; then
  echo "SKIPPED: needs root, losetup and mkfs.xfs (apt-get install xfsprogs) to mount an XFS image."
  exit 2
fi
source "$ROOT/scripts/patch-child-classpath.sh"
WORK="$(realpath -m "${1:-$(mktemp -d "${TMPDIR:-/tmp}/vwb-reflink.XXXXXX")}")"
mkdir -p "$WORK/mnt"
rm -f "$WORK/xfs.img"
trap 'rm -f "$WORK/xfs.img"' EXIT # the mount ends with its namespace
truncate -s 1G "$WORK/xfs.img"
mkfs.xfs -q -m reflink=1 "$WORK/xfs.img"

export WORK ROOT CHILD_CMD="$(printf '%q ' "${CHILD[@]}")"
unshare --mount --propagation private bash -euo pipefail -c '
  MNT="$WORK/mnt"
  mount -o loop "$WORK/xfs.img" "$MNT" || { echo "SKIPPED: cannot loop-mount the XFS image"; exit 2; }
  child() { eval "$CHILD_CMD" '"'"'"$@"'"'"'; }
  # the extents of a file as "logical blocks@physical blocks" (filefrag -v, 4 KiB blocks)
  extents() { filefrag -v -b4096 "$1" | awk '"'"'$1 ~ /^[0-9]+:$/ {print $2 $3 "@" $4 $5}'"'"' | tr -d : | tr "\n" " "; }
  shared() { filefrag -v "$1" | grep -q shared; }
  # 4 KiB blocks of a file in shared extents (with "all": in any extent)
  shared_blocks() { filefrag -v -b4096 "$1" | awk -v all="${2:-}" '"'"'$1 ~ /^[0-9]+:$/ && (all || /shared/) {n += $6} END {print n + 0}'"'"'; }

  mkdir "$MNT/tests"
  (cd "$ROOT" && scripts/with-jdk25 ./mvnw -B -q -o -pl model-folder surefire:test -Dtest=ReflinkTest \
      "-Dsurefire.extraArgs=-Dvwb.test.reflink-dir=$MNT/tests -Dvwb.test.expect-clone=true") \
    || { echo "FAIL: ReflinkTest on XFS"; exit 1; }
  echo "1. ReflinkTest on XFS with every clone required: passed"

  child setup "$MNT/w" 8000 512 4 1376 3 >/dev/null
  middle="model-00002-of-00003.safetensors"
  for mode in plain early; do
    out="$MNT/out-$mode"
    flag=""; [[ $mode == early ]] && flag=early
    r=$(child write "$MNT/w" "$out" 1 false $flag 2>&1) || { echo "FAIL: write ($mode): $r"; exit 1; }
    [[ "$(extents "$out/$middle")" == "$(extents "$MNT/w/base/$middle")" ]] && shared "$out/$middle" \
      || { echo "FAIL: $mode: the middle shard is not a clone: $(extents "$out/$middle") vs $(extents "$MNT/w/base/$middle")"; exit 1; }
    for s in model-00001-of-00003.safetensors model-00003-of-00003.safetensors; do
      # the rewritten shards: their unchanged tensors cloned but for the blocks where two tensors meet
      # (each holds one growing tensor of 8000 x 512 bf16: 2000 blocks that are rewritten, not shared)
      unchanged=$(( $(shared_blocks "$MNT/w/base/$s" all) - 8000 * 512 * 2 / 4096 ))
      pct=$(( 100 * $(shared_blocks "$out/$s") / unchanged ))
      (( pct >= 80 )) || { echo "FAIL: $mode: only $pct % of the unchanged blocks of $s shared"; exit 1; }
      echo "   $mode: rewritten shard $s: $pct % of the blocks of its unchanged tensors shared with the base"
    done
    r=$(child verify "$MNT/w" "$out" 2>&1) || { echo "FAIL: standalone verify of $mode: $r"; exit 1; }
    echo "2. $mode write: verified (and by the standalone verify); middle shard cloned whole (extents $(extents "$out/$middle"))"
  done

  flip() { # adds 1 to the byte at $2 of file $1, in place
    printf "\\x$(printf %02x $(( ($(od -An -tu1 -j$2 -N1 "$1") + 1) % 256 )))" \
      | dd of="$1" bs=1 seek=$2 conv=notrunc status=none
  }
  out="$MNT/out-plain"
  size=$(stat -c %s "$out/$middle"); at=$((size / 2 + 12345))
  flip "$out/$middle" $at
  set +e; r=$(child verify "$MNT/w" "$out" 2>&1); rc=$?; set -e
  [[ $rc == 6 && "$r" == *"$middle"*"byte $at"* ]] \
    || { echo "FAIL: expected the standalone verify to report byte $at of $middle, got exit $rc: $r"; exit 1; }
  echo "3. one byte changed in the cloned shard: the standalone verify reports $middle, byte $at"
  first="model-00001-of-00003.safetensors"
  out="$MNT/out-early"
  flip "$out/$first" $(( $(stat -c %s "$out/$first") / 5 ))
  set +e; r=$(child verify "$MNT/w" "$out" 2>&1); rc=$?; set -e
  [[ $rc == 6 && "$r" == *"$first"* ]] \
    || { echo "FAIL: expected the standalone verify to report a byte of $first, got exit $rc: $r"; exit 1; }
  echo "   one byte changed in a cloned tensor of the rewritten $first: reported: $(grep -o "differences: .*" <<<"$r" | cut -c1-300)"

  rm -rf "$MNT/out-plain" "$MNT/out-early" "$MNT/tests"
  weights=$(cat "$MNT"/w/base/*.safetensors | wc -c)
  avail=$(df -B1 --output=avail "$MNT" | tail -1 | tr -d " ")
  fallocate -l $(( avail - weights * 3 / 4 )) "$MNT/filler" # room for 3/4 of the weights: enough for clones
  for mode in plain early; do
    flag=""; [[ $mode == early ]] && flag=early
    r=$(child write "$MNT/w" "$MNT/out-space-$mode" 1 false $flag 2>&1) \
      || { echo "FAIL: $mode write with $(( weights * 3 / 4 )) bytes free for $weights bytes of weights: $r"; exit 1; }
    rm -rf "$MNT/out-space-$mode"
  done
  echo "4. with room for 3/4 of the $weights bytes of base weights, both writes pass the space checks and verify"

  export CHILD_CMD="${CHILD_CMD/ -Xmx2g / -Xmx2g -Dvwb.patch.clone=false }"
  for mode in plain early; do
    flag=""; [[ $mode == early ]] && flag=early
    set +e; r=$(child write "$MNT/w" "$MNT/out-space-$mode" 1 false $flag 2>&1); rc=$?; set -e
    [[ $rc == 4 && ! -e "$MNT/out-space-$mode" ]] || { echo "FAIL: without clones expected exit 4 (DISK_SPACE), got $rc: $r"; exit 1; }
  done
  rm "$MNT/filler"
  r=$(child write "$MNT/w" "$MNT/out-copied" 1 false 2>&1) || { echo "FAIL: write without clones: $r"; exit 1; }
  ! shared "$MNT/out-copied/$middle" || { echo "FAIL: -Dvwb.patch.clone=false still cloned"; exit 1; }
  echo "5. -Dvwb.patch.clone=false: refused (DISK_SPACE) with that room; with room, the middle shard copied (not shared), verified"
  echo "PASS: unchanged shards are cloned on XFS, verified by their extents, and a changed byte is still found"
'
