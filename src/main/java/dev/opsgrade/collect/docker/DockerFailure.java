package dev.opsgrade.collect.docker;

import java.io.IOException;

/**
 * Why a Docker Engine could not be read, in words a report can show: "connection refused", "socket
 * /var/run/docker.sock does not exist", "host key of h:22 is not in known_hosts".
 */
class DockerFailure extends IOException {
  private final boolean timedOut;

  DockerFailure(String reason, boolean timedOut) {
    super(reason);
    this.timedOut = timedOut;
  }

  DockerFailure(String reason) {
    this(reason, false);
  }

  boolean timedOut() {
    return timedOut;
  }
}
