package dev.opsgrade.collect.traefik;

/** Where a router, service or middleware was read: the running proxy's API or a rules file. */
public enum ConfigSource {
  API,
  FILE
}
