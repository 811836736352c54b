#!/usr/bin/env bash
# opsgrade serve bench: 1,000 monitors at 10 s on loopback, opsgrade's prober against
# prometheus-blackbox-exporter + prometheus (CPU share, RSS), then availability queries over 365
# generated days of history. Usage: bench/serve.sh [seconds per tool, default 600] [work dir]
#   [modes, default serve,blackbox; "prober" adds the scheduler and JDK-client prober alone]
# The child JVM gets the flags bin/opsgrade gives serve (ServeBench.SERVE_JVM_FLAGS) unless
# SERVE_JVM="flags" is set (passed on as -Dserve.jvm).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
for package in nginx prometheus prometheus-blackbox-exporter; do
  dpkg -s "$package" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package"; }
done
source "$ROOT/scripts/find-jdk.sh"
SECONDS_EACH="${1:-600}"
WORK="${2:-$(mktemp -d /tmp/opsgrade-serve-bench.XXXXXX)}"
MODES="${3:-serve,blackbox}"
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
uptime
"$JAVA_HOME/bin/java" ${SERVE_JVM:+"-Dserve.jvm=$SERVE_JVM"} -cp "$CP" dev.opsgrade.bench.ServeBench "$SECONDS_EACH" "$WORK" "$MODES"
uptime
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx256m -cp "$CP" dev.opsgrade.bench.SloQueryBench "$WORK"
uptime
