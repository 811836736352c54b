#!/usr/bin/env bash
# Docker collection benchmark: starts a private dockerd (vfs, no iptables, no bridge, own data and
# socket in a temp dir), creates 300 containers on it (280 created, 20 running with a healthcheck),
# times the docker collector reading them all (N runs in one JVM, first cold) and writes the
# "## Docker collection" section of bench/RESULTS.md. Needs root and: apt-get install docker.io busybox-static
# Usage: bench/docker-collection.sh [runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
RUNS=${1:-5}
DOCKER=/usr/bin/docker; [ -x "$DOCKER" ] || DOCKER=docker
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-docker.classpath -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/bench-docker.classpath)"

DIR=$(mktemp -d /tmp/og-bench-XXXX)
cleanup() { # remove the containers, stop dockerd, then whatever it left running or mounted
  if [ -n "${DOCKERD_PID:-}" ]; then
    ids=$(D ps -aq 2>/dev/null || true)
    [ -z "$ids" ] || echo "$ids" | xargs -P 4 -n 20 "$DOCKER" -H "unix://$DIR/docker.sock" rm -f >/dev/null 2>&1 || true
    kill "$DOCKERD_PID" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$DOCKERD_PID" 2>/dev/null || break; sleep 0.5; done
  fi
  for pid in $(pgrep -f containerd-shim-runc-v2 || true); do # only shims of this engine
    if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$DIR/"; then
      kill $(pgrep -P "$pid") "$pid" 2>/dev/null || true
    fi
  done
  grep -o "$DIR[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount 2>/dev/null || true
  rm -rf "$DIR" || echo "left $DIR behind (still mounted?)" >&2
}
trap cleanup EXIT
dockerd --storage-driver=vfs --iptables=false --ip-masq=false --bridge=none \
  --data-root="$DIR/data" --exec-root="$DIR/exec" --pidfile="$DIR/docker.pid" \
  -H "unix://$DIR/docker.sock" >"$DIR/dockerd.log" 2>&1 &
DOCKERD_PID=$!
D() { "$DOCKER" -H "unix://$DIR/docker.sock" "$@"; }
for _ in $(seq 1 120); do D version >/dev/null 2>&1 && break; sleep 0.5; done

mkdir -p "$DIR/rootfs/bin" "$DIR/rootfs/tmp" "$DIR/rootfs/proc" "$DIR/rootfs/sys" "$DIR/rootfs/dev"
cp /bin/busybox "$DIR/rootfs/bin/"; for t in sh sleep true; do ln -s busybox "$DIR/rootfs/bin/$t"; done
tar -C "$DIR/rootfs" -cf "$DIR/rootfs.tar" . && D import "$DIR/rootfs.tar" bench/busybox:1 >/dev/null

create() { # $1: index
  local i=$1
  D create --name "svc$i" -m 64m --restart unless-stopped \
    --label com.docker.compose.project=bench --label "com.docker.compose.service=svc$i" \
    --label traefik.enable=true --label "traefik.http.routers.svc$i.rule=Host(\`svc$i.example.net\`)" \
    -p "127.0.0.1:$((20000 + i)):80" bench/busybox:1 sleep 100000 >/dev/null
}
run() { # $1: index
  local i=$1
  D run -d --name "live$i" --network none -m 32m --health-cmd true --health-interval 2s \
    --label com.docker.compose.project=bench --label "com.docker.compose.service=live$i" \
    bench/busybox:1 sleep 100000 >/dev/null
}
export -f create run D; export DIR DOCKER
START=$(date +%s)
seq 1 280 | xargs -P 4 -I{} bash -c 'create {}'
seq 1 20 | xargs -P 4 -I{} bash -c 'run {}'
echo "300 containers made in $(( $(date +%s) - START )) s: $(D ps -aq | wc -l) on the engine" >&2

OUT=target/bench-docker.md
{
  echo "## Docker collection"
  echo
  echo "\`bench/docker-collection.sh\` (harness \`bench/DockerCollectionBench.java\`) starts a private dockerd"
  echo "$(dockerd --version | cut -d, -f1) (vfs), makes 300 containers on it (280 created with a published"
  echo "port, compose and Traefik labels and a memory limit; 20 running with a healthcheck, so 20 stats"
  echo "samples) and times the docker collector through \`CollectionRunner\` over its unix socket: list,"
  echo "300 inspects, 20 one-shot stats, image digests and 24 h of events, $RUNS runs in one JVM"
  echo "(\`-Xmx256m\`), the first cold. Target: under 5 s. Measured $(date -u +%Y-%m-%d) on the shared 2-core machine."
  echo
  /usr/bin/time -o "$DIR/time" -f "%e %M" "$JAVA_HOME/bin/java" -Xmx256m -cp "$CP" \
    bench/DockerCollectionBench.java "unix://$DIR/docker.sock" "$RUNS" "$DOCKERD_PID"
  read -r WALL RSS <"$DIR/time"
  echo
  echo "Whole process (JVM start, source compile of the harness, $RUNS runs): $WALL s wall, $((RSS / 1024)) MiB max RSS."
  echo
  echo "On a loaded machine the wall time mostly measures waiting for a CPU; the two CPU columns show the"
  echo "work itself (all threads of the opsgrade process, and the dockerd process answering it)."
} >"$OUT"
cat "$OUT"

# replace this section of bench/RESULTS.md, keep every other section
touch bench/RESULTS.md
python3 - "$OUT" <<'PY'
import re, sys
section = open(sys.argv[1]).read().rstrip() + "\n"
path = "bench/RESULTS.md"
text = open(path).read()
pattern = re.compile(r"^## Docker collection\n.*?(?=^## |\Z)", re.S | re.M)
if pattern.search(text):
    text = pattern.sub(lambda m: section + "\n", text)
else:
    text = (text.rstrip() + "\n\n" if text.strip() else "# Bench results\n\n") + section
open(path, "w").write(text)
PY
