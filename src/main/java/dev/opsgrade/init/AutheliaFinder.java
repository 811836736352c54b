package dev.opsgrade.init;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Authelia's configuration file (through its mounts) and its portal URL (through its router). */
final class AutheliaFinder {
  private static final String CONFIG = "configuration.yml";

  private AutheliaFinder() {}

  static Discovery.Authelia find(Path root, ServiceView authelia) {
    Optional<String> config =
        authelia.mounts().stream()
            .flatMap(
                m ->
                    authelia.hostPath(m).stream()
                        .map(p -> m.target().endsWith(CONFIG) ? p : p.resolve(CONFIG)))
            .filter(Files::isRegularFile)
            .findFirst()
            .map(p -> Paths.display(root, p));
    return new Discovery.Authelia(
        config, Urls.routed(authelia, Optional.empty()), authelia.where());
  }
}
