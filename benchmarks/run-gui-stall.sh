#!/usr/bin/env bash
# The longest FX-thread stall while real jobs run through the desktop window (issue 8: "the UI thread
# never stalls for more than 100 ms during a run"). Runs app-ui's GuiStallTest under JavaFX's Headless
# platform on a larger corpus than the build uses: the committed Chinese test corpus, each line rotated
# COPIES times (default 300, ~0.9 MB), mining ADDITIONS pieces (default 3000) with the tiny Llama sample,
# then selecting all of them (one live measurement), merging, and typing into the preview. Prints, per
# phase, the longest gap between two pulses, the FX thread's own CPU time in that gap (and the render
# thread's: a pulse waits for the previous frame), the most FX CPU between any two pulses (the part that
# is the application's, whatever the machine's load), and every gap of 50 ms or more with its CPU times.
# Recorded in docs/BENCHMARKS.md.
# Per listed gap it also names the threads that used the most CPU in it (Linux: JIT compilers, GC, the
# job's threads), with their nice value when it is not 0. Extra JVM options for the test's JVM come from
# STALL_JAVA_OPTS (an A/B, e.g. STALL_JAVA_OPTS=-Dvwb.ui.nice=false for the threads at their default priority).
#   benchmarks/run-gui-stall.sh [COPIES] [ADDITIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-300}
additions=${2:-3000}
echo "date $(date -u +%FT%TZ); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "extra JVM options: ${STALL_JAVA_OPTS:-none}"
echo "load before $(cut -d' ' -f1-3 /proc/loadavg)"
scripts/with-jdk25 ./mvnw -B -q -o -pl app-ui -am verify -Dtest=GuiStallTest -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dsurefire.extraArgs=-Dvwb.stallCopies=$copies -Dvwb.stallAdditions=$additions ${STALL_JAVA_OPTS:-}" >&2
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
cat app-ui/target/gui-stall.txt
