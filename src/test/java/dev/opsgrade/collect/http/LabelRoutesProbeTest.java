package dev.opsgrade.collect.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.routes.Route;
import dev.opsgrade.check.routes.RouteBook;
import dev.opsgrade.collect.compose.ComposeCollector;
import dev.opsgrade.collect.traefik.TraefikCollector;
import dev.opsgrade.config.InventoryLoader;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.testing.Collect;
import dev.opsgrade.testing.FreePort;
import dev.opsgrade.testing.ProxyEstate;
import dev.opsgrade.testing.TraefikApiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routes that exist only as Traefik labels in a compose file, probed through the real nginx estate:
 * "labelled" routes broken.opsgrade.test (the backend answers 500), "ghost" routes a host no server
 * block knows (404 at the proxy).
 */
class LabelRoutesProbeTest {
  @TempDir static Path dir;
  static ProxyEstate estate;

  @BeforeAll
  static void start() throws IOException {
    estate = ProxyEstate.start(dir);
    Files.createDirectories(dir.resolve("stack"));
    Files.writeString(
        dir.resolve("stack/docker-compose.yml"),
        """
        services:
          app:
            image: nginx:1.27
            labels:
              traefik.enable: "true"
              traefik.http.routers.labelled.rule: Host(`broken.opsgrade.test`)
              traefik.http.routers.labelled.entrypoints: websecure
              traefik.http.routers.labelled.tls: "true"
              traefik.http.routers.ghost.rule: Host(`ghost.opsgrade.test`)
              traefik.http.routers.ghost.entrypoints: websecure
              traefik.http.routers.ghost.tls.certresolver: le
          hidden:
            image: nginx:1.27
            labels:
              traefik.enable: "false"
              traefik.http.routers.hidden.rule: Host(`healthy.opsgrade.test`)
        """);
  }

  @AfterAll
  static void stop() {
    if (estate != null) {
      estate.close();
    }
  }

  private static Inventory inventory(String api) throws IOException {
    Path file = dir.resolve("opsgrade.yaml");
    Files.writeString(
        file,
        """
        name: lab
        hosts:
          - name: vm
            compose: [stack/docker-compose.yml]
        proxy:
          traefik:
            api: %s
            entrypoints:
              websecure: https://127.0.0.1:%d
        probe: { samples: 1, timeout: 5s, resolvers: ["%s"], ca: ca/ca.pem }
        """
            .formatted(
                api,
                estate.httpsPort(),
                estate.inventory().build().probe().resolvers().getFirst()));
    return InventoryLoader.load(file, Map.of());
  }

  private static Optional<HttpProbe> route(Evidence evidence, String router) {
    return evidence.all(HttpProbe.class).stream()
        .map(FactView::data)
        .filter(p -> p.kind() == HttpProbe.Kind.ROUTE && p.router().equals(Optional.of(router)))
        .findFirst();
  }

  @Test
  void withTheApiDownTheLabelRoutesAreStillProbed() throws IOException {
    Evidence evidence =
        Collect.run(
            inventory("http://127.0.0.1:" + FreePort.next()), dir, Map.of(), new HttpCollector());

    assertThat(route(evidence, "labelled@docker"))
        .hasValueSatisfying(p -> assertThat(p.outcome()).isEqualTo(ProbeClass.APP_ERROR));
    assertThat(route(evidence, "ghost@docker"))
        .hasValueSatisfying(p -> assertThat(p.outcome()).isEqualTo(ProbeClass.NOT_FOUND_AT_PROXY));
    assertThat(route(evidence, "hidden@docker")).isEmpty();
    assertThat(evidence.runs("http").getFirst().detail())
        .contains("routes from the rules files and compose labels only: the API failed");
  }

  @Test
  void routesTheRunningProxyDidNotLoadAreNamedAndProbed() throws IOException {
    String loaded =
        """
        [{"name": "labelled@docker", "provider": "docker", "status": "enabled",
          "rule": "Host(`broken.opsgrade.test`)", "entryPoints": ["websecure"], "tls": {},
          "service": "app-stack@docker"}]
        """;
    try (TraefikApiServer api =
        new TraefikApiServer()
            .serveText("/api/http/routers", loaded)
            .serveText("/api/http/services", "[]")
            .serveText("/api/http/middlewares", "[]")
            .serveText("/api/entrypoints", "[]")
            .serveText("/api/overview", "{}")) {
      Evidence evidence =
          Collect.run(
              inventory(api.url()),
              dir,
              Map.of(),
              new ComposeCollector(),
              new TraefikCollector(),
              new HttpCollector());

      assertThat(evidence.runs("traefik"))
          .anySatisfy(
              r ->
                  assertThat(r.detail())
                      .contains("1 HTTP routers", "configured but not loaded: ghost@docker"));
      assertThat(route(evidence, "ghost@docker"))
          .hasValueSatisfying(
              p -> assertThat(p.outcome()).isEqualTo(ProbeClass.NOT_FOUND_AT_PROXY));
      assertThat(RouteBook.of(evidence).routes())
          .filteredOn(r -> !r.running())
          .extracting(Route::name)
          .containsExactly("ghost@docker");
    }
  }
}
