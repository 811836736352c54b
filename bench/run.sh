#!/usr/bin/env bash
# Builds opsgrade, compiles the bench, runs it with a 256 MiB heap under the default JVM flags and
# under the flags suited to a one-shot CLI (C1 only, serial GC), and writes bench/RESULTS.md.
# Usage: bench/run.sh [runs-per-JVM, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
RUNS="${1:-5}"
mvn -B -q compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/classpath.txt)"
rm -rf target/bench-classes && mkdir -p target/bench-classes
"$JAVA_HOME/bin/javac" -d target/bench-classes -cp "$CP" bench/src/dev/opsgrade/bench/*.java

bench() { # $1: name, rest: JVM flags
  local name="$1"; shift
  /usr/bin/time -o "target/bench-$name.time" -f "Whole process (JVM start, stack generation, $RUNS runs, JSON): %e s wall, %M KiB max RSS." \
    "$JAVA_HOME/bin/java" -Xmx256m "$@" -cp "target/bench-classes:$CP" \
    dev.opsgrade.bench.ComposeBench target/bench-stack "target/bench-$name.md" "$RUNS" >/dev/null
  cat "target/bench-$name.md"; echo; cat "target/bench-$name.time"; echo
}

{
  echo "<!-- compose-bench:start -->"
  echo "Measured by \`bench/run.sh\` (see bench/README.md). Every number below was measured, none estimated."
  echo
  bench default
  bench cli -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
  echo "<!-- compose-bench:end -->"
} > target/bench-compose-section.md
# Replace only this bench's section: the other benches write their own sections of RESULTS.md.
python3 bench/replace_section.py bench/RESULTS.md compose-bench target/bench-compose-section.md
sed -n "/compose-bench:start/,/compose-bench:end/p" bench/RESULTS.md
