#!/usr/bin/env bash
# Git secret scan benchmark: generated repository of 2,000 commits / 10,500 blobs (~200 MB),
# opsgrade's scan vs ripgrep (PCRE2, same patterns) on the same blob bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mvn -B -q compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
CP="target/classes:$(cat target/bench.classpath)"
EXPORT=$(mktemp -d)/blobs
"$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$CP" bench/GitSecretScanBench.java --export "$EXPORT"
if command -v rg >/dev/null; then
  BYTES=$(du -sb "$EXPORT" | cut -f1)
  START=$(date +%s.%N)
  rg -P -c -f "$EXPORT.patterns" "$EXPORT" >"$EXPORT.rg" || [ $? -eq 1 ]; echo "ripgrep matched in $(wc -l <"$EXPORT.rg") files"
  END=$(date +%s.%N)
  echo "ripgrep $(rg --version | head -1 | cut -d' ' -f2) -P, same patterns, same blobs:" \
    "$(echo "$BYTES / 1000000" | bc -l | xargs printf '%.1f') MB in" \
    "$(echo "$END - $START" | bc -l | xargs printf '%.2f') s =" \
    "$(echo "$BYTES / 1000000 / ($END - $START)" | bc -l | xargs printf '%.1f') MB/s"
fi
rm -rf "$(dirname "$EXPORT")"
