#!/usr/bin/env bash
# Sourced by kill-test.sh and disk-full-test.sh: compiles model-folder's tests and sets CHILD to the
# command that runs org.vwb.model.patch.PatchScriptMain (test scope) in a JVM of its own.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$ROOT" && scripts/with-jdk25 ./mvnw -B -q -o -pl model-folder -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test)
CP="$ROOT/model-folder/target/test-classes:$ROOT/model-folder/target/classes:$(cat "$ROOT/model-folder/target/test-classpath.txt")"
JAVA="$("$ROOT/scripts/with-jdk25" sh -c 'echo "$JAVA_HOME/bin/java"')"
CHILD=("$JAVA" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xmx2g
       -Dorg.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils=error -cp "$CP" org.vwb.model.patch.PatchScriptMain)
