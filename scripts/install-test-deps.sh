#!/usr/bin/env bash
# Installs the real software the integration tests start on loopback. Idempotent.
set -euo pipefail
PACKAGES=(git restic borgbackup postgresql docker.io busybox-static openssh-server openssl prometheus prometheus-alertmanager prometheus-node-exporter nginx dnsmasq-base chromium chromium-driver fish zsh ansible-core)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install as root: apt-get install ${missing[*]}" >&2
    exit 2
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
