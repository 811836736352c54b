package dev.opsgrade.check.security;

import java.util.Optional;

/** network_mode: host: the container shares the host's interfaces and every port it opens. */
final class HostNetwork {
  private HostNetwork() {}

  static String fix(String service) {
    return "Give "
        + service
        + " a bridge network and publish only what it needs on 127.0.0.1, or make it listen on"
        + " 127.0.0.1 only";
  }

  static boolean uses(Optional<String> networkMode) {
    return networkMode.map(String::trim).filter(m -> m.equals("host")).isPresent();
  }
}
