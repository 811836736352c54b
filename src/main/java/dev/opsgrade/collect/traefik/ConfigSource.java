package dev.opsgrade.collect.traefik;

/**
 * Where a router, service or middleware was read: the running proxy's API, a rules file, or the
 * Traefik labels of a compose file.
 */
public enum ConfigSource {
  API,
  FILE,
  LABELS
}
