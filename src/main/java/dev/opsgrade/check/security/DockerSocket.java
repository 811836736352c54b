package dev.opsgrade.check.security;

import java.util.Set;

/** Whether a mount source hands the container the Docker API, judged from the plain path. */
public final class DockerSocket {
  /** Directories that hold the socket: mounting them mounts it. */
  private static final Set<String> SOCKET_DIRECTORIES = Set.of("/var/run", "/run");

  private DockerSocket() {}

  /** /var/run/docker.sock, /run/docker.sock, a rootless $XDG_RUNTIME_DIR/docker.sock, /var/run. */
  public static boolean exposes(String source) {
    String path = source.trim();
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.equals("docker.sock")
        || path.endsWith("/docker.sock")
        || SOCKET_DIRECTORIES.contains(path);
  }
}
