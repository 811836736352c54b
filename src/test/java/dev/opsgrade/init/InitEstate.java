package dev.opsgrade.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * A folder as a self-hoster has it: the two compose projects the captured engine runs (homelab:
 * Traefik with a rules folder, whoami, Grafana; monitoring: Prometheus, Loki, Alertmanager), a
 * second host's stack with an included file, Authelia's official example stack (a real file), a
 * docs folder and a git repository. Secret values are planted in literals, a .env and labels.
 */
final class InitEstate {
  /** Values that must never reach the inventory. */
  static final List<String> PLANTED_SECRETS =
      List.of(
          "planted-literal-grafana-pass-7Qx",
          "planted-dotenv-secret-Zr8",
          "planted-include-password-K2v",
          "planted-label-hash-Wb3",
          "planted-override-token-M4n");

  private InitEstate() {}

  static Path write(Path dir) {
    file(
        dir,
        "docker-compose.yml",
        """
        services:
          traefik:
            image: traefik:v3.1.4
            command: ["--api.insecure=true", "--providers.docker=true", "--providers.file.directory=/rules"]
            ports: ["80:80", "443:443", "127.0.0.1:8080:8080"]
            volumes:
              - /var/run/docker.sock:/var/run/docker.sock:ro
              - ./appdata/traefik/rules:/rules:ro
            labels:
              - traefik.enable=true
              - traefik.http.routers.dashboard.rule=Host(`traefik.home.example.net`)
              - traefik.http.routers.dashboard.service=api@internal
              - traefik.http.middlewares.auth.basicauth.users=admin:planted-label-hash-Wb3
          whoami:
            image: traefik/whoami
            labels:
              - traefik.http.routers.whoami.rule=Host(`whoami.home.example.net`)
          grafana:
            image: grafana/grafana:11.3.0
            ports: ["127.0.0.1:3000:3000"]
            environment:
              GF_SECURITY_ADMIN_PASSWORD: planted-literal-grafana-pass-7Qx
        """);
    file(dir, "appdata/traefik/rules/middlewares.yml", "http:\n  middlewares: {}\n");
    file(
        dir,
        "monitoring/compose.yaml",
        """
        services:
          prometheus:
            image: prom/prometheus:v2.53.2
            ports: ["9090:9090"]
          loki:
            image: grafana/loki:3.2.0
            environment:
              LOKI_S3_SECRET: ${LOKI_SECRET}
          alertmanager:
            image: prom/alertmanager:v0.27.0
            labels:
              - traefik.http.routers.alerts.rule=Host(`alerts.home.example.net`)
        """);
    file(
        dir,
        "monitoring/compose.override.yaml",
        "services:\n  loki:\n    environment:\n      S3_TOKEN: planted-override-token-M4n\n");
    file(dir, "monitoring/.env", "LOKI_SECRET=planted-dotenv-secret-Zr8\n");
    file(
        dir,
        "stacks/lady/docker-compose.yml",
        "include: [compose.media.yml]\nservices:\n  wiki:\n    image: requarks/wiki:2\n");
    file(
        dir,
        "stacks/lady/compose.media.yml",
        """
        services:
          jellyfin:
            image: jellyfin/jellyfin:10.10
            environment:
              - PASSWORD=planted-include-password-K2v
        """);
    file(
        dir,
        "stacks/edge/compose.yaml",
        resource("/fixtures/compose/authelia-official-lite-traefik.yml"));
    file(dir, "stacks/edge/authelia/configuration.yml", "theme: light\n");
    file(dir, "docs/README.md", "# Runbooks\n");
    file(dir, "docs/DOC_INVENTORY.md", "# Documents\n");
    try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
      return dir;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void file(Path dir, String name, String text) {
    try {
      Path path = dir.resolve(name);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = InitEstate.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
