#!/usr/bin/env bash
# Start-up of the desktop workbench with the sample model (issue 8: "interactive within 3 s of start"):
# the time from JVM start to the sample's summary on screen, which the app logs ("summary of … shown N ms
# after JVM start", WorkbenchApp). Launches app-ui/target/vwb-app.jar under JavaFX's Headless platform
# (software Prism) on the tiny Llama sample, ROUNDS rounds of one launch per variant in turn (interleaved,
# so that the machine's load falls on every variant alike), each launch killed once the summary is logged:
#   none  no class archive
#   cds   a dynamic AppCDS archive (-XX:SharedArchiveFile), what ./vwb used before the AOT cache
#   aot   a JDK 25 AOT cache (-XX:AOTCache, JEP 483/514/515): classes loaded and linked, method profiles
# A variant may name another build of the app's jar after an @, e.g. "aot@app-ui/target/before.jar" (a copy
# of vwb-app.jar from an earlier commit, next to it so that it finds the same lib/): an A/B of two versions
# of the code, each with its own archive, launched in turn.
# Each archive is made first by one training launch of the same command that exits normally (SIGTERM)
# once the summary is shown. Prints one line per launch and the median per variant.
#   benchmarks/run-gui-startup.sh [ROUNDS] [VARIANTS]     (default 8 "none cds aot"; build the jars first:
#   scripts/with-jdk25 ./mvnw -B -q -o -pl cli,app-ui -am -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-8}
read -r -a variants <<< "${2:-none cds aot}"
JAVA_HOME="$(scripts/with-jdk25 bash -c 'printf %s "$JAVA_HOME"')"
java="$JAVA_HOME/bin/java"
jar=app-ui/target/vwb-app.jar
cli=cli/target/vwb-cli.jar
[[ -f "$jar" && -f "$cli" ]] || { echo "build the jars first (see the header of $0)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow
  -Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils=error -Dglass.platform=Headless -Dprism.order=sw
  -Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:aot=off)
"$java" "${flags[@]}" -jar "$cli" samples write tiny-llama-untied-bf16 "$work/tiny" > /dev/null

# launch SIGNAL JAR JVM-OPTIONS…: starts the app, waits for the summary line, sends SIGNAL, prints the ms.
launch() {
  local signal=$1 app=$2; shift 2
  local log
  log="$(mktemp "$work/log.XXXXXX")"
  "$java" "${flags[@]}" "$@" -jar "$app" "$work/tiny" > "$log" 2>&1 &
  local pid=$! waited=0
  until grep -q 'ms after JVM start' "$log"; do
    sleep 0.05
    waited=$((waited + 1))
    if ((waited > 1200)) || ! kill -0 "$pid" 2> /dev/null; then
      echo "no summary line; log:" >&2; cat "$log" >&2; kill -9 "$pid" 2> /dev/null || true; return 1
    fi
  done
  kill "-$signal" "$pid"
  wait "$pid" 2> /dev/null || true
  grep -o 'shown [0-9,]* ms' "$log" | tr -dc '0-9'
  echo
}

# kind VARIANT: none, cds or aot; jar_of VARIANT: the jar it launches; archive VARIANT: its archive file.
kind() { echo "${1%%@*}"; }
jar_of() { [[ $1 == *@* ]] && echo "${1#*@}" || echo "$jar"; }
archive() {
  local tag
  tag=$(printf %s "$1" | tr -c 'A-Za-z0-9' _)
  case $(kind "$1") in cds) echo "$work/$tag.jsa" ;; aot) echo "$work/$tag.aot" ;; esac
}

options() {
  case $(kind "$1") in
    none) ;;
    cds) echo "-XX:SharedArchiveFile=$(archive "$1")" ;;
    aot) echo "-XX:AOTCache=$(archive "$1")" ;;
    *) echo "unknown variant $1" >&2; exit 2 ;;
  esac
}

echo "date $(date -u +%FT%TZ); $(nproc) cores; $("$java" -version 2>&1 | head -1)"
echo "load before $(cut -d' ' -f1-3 /proc/loadavg)"
for v in "${variants[@]}"; do
  [[ -f $(jar_of "$v") ]] || { echo "no jar $(jar_of "$v")" >&2; exit 1; }
  case $(kind "$v") in
    cds) echo "training $v: $(launch TERM "$(jar_of "$v")" "-XX:ArchiveClassesAtExit=$(archive "$v")") ms" ;;
    aot) echo "training $v: $(launch TERM "$(jar_of "$v")" "-XX:AOTCacheOutput=$(archive "$v")") ms" ;;
  esac
done
# The archives are written as the training JVMs exit (the AOT cache by a child JVM): wait for them.
for v in "${variants[@]}"; do
  [[ $(kind "$v") == none ]] && continue
  f=$(archive "$v")
  for ((i = 0; i < 120; i++)); do [[ -f "$f" ]] && break; sleep 1; done
  [[ -f "$f" ]] || { echo "no $v archive was written" >&2; exit 1; }
done
sleep 2
declare -A all
for ((r = 1; r <= rounds; r++)); do
  line="round $r:"
  for v in "${variants[@]}"; do
    read -r -a opts <<< "$(options "$v")"
    ms=$(launch 9 "$(jar_of "$v")" "${opts[@]}")
    all[$v]+="$ms "
    line+=" $v $ms"
  done
  echo "$line   (load $(cut -d' ' -f1 /proc/loadavg))"
done
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
for v in "${variants[@]}"; do
  read -r -a xs <<< "${all[$v]}"
  median=$(printf '%s\n' "${xs[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
  over=$(printf '%s\n' "${xs[@]}" | awk '$1 > 3000' | wc -l)
  echo "$v: ${all[$v]}— median $median ms, $over of ${#xs[@]} over 3,000 ms"
done
