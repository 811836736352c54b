#!/usr/bin/env bash
# HTTP probing benchmark: opsgrade's HTTP collector against Debian's prometheus-blackbox-exporter,
# 1,000 routes on loopback, 5% hanging. Writes the "## HTTP probing" section of bench/RESULTS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
for package in nginx prometheus-blackbox-exporter; do
  dpkg -s "$package" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package"; }
done
source "$ROOT/scripts/find-jdk.sh"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec "$JAVA_HOME/bin/java" -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  dev.opsgrade.bench.HttpProbeBench bench/RESULTS.md
