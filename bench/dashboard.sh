#!/usr/bin/env bash
# Dashboard benchmark: the status matrix, /metrics and a badge with many monitors of 30 days of
# history. Writes the "## Dashboard" section of bench/RESULTS.md. Usage: bench/dashboard.sh [monitors]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source "$ROOT/scripts/find-jdk.sh"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec "$JAVA_HOME/bin/java" -Xmx256m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  dev.opsgrade.bench.DashboardBench bench/RESULTS.md "${1:-200}"
