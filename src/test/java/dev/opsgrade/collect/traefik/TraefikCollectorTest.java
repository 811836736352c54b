package dev.opsgrade.collect.traefik;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.inventory.SecretRef;
import dev.opsgrade.testing.Collect;
import dev.opsgrade.testing.TestInventory;
import dev.opsgrade.testing.TraefikApiServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Traefik collector against the API's real response bodies, and the rules files of the
 * fixtures.
 */
class TraefikCollectorTest {
  @TempDir Path dir;

  static TraefikApiServer api() {
    return new TraefikApiServer()
        .serve("/api/http/routers", "api-http-routers.json")
        .serve("/api/http/services", "api-http-services.json")
        .serve("/api/http/middlewares", "api-http-middlewares.json")
        .serve("/api/overview", "api-overview-with-errors.json")
        .serve("/api/entrypoints", "api-entrypoints.json");
  }

  private Evidence collect(TestInventory inventory, Map<String, String> env) {
    return Collect.run(
        inventory.probe(1, Duration.ofSeconds(3)).build(), dir, env, new TraefikCollector());
  }

  @Test
  void routersServicesMiddlewaresAndCountsComeFromTheApiWithBasicAuth() {
    try (TraefikApiServer api = api().requireBasicAuth("admin", "s3cret-pass")) {
      Evidence evidence =
          collect(
              new TestInventory().api(api.url()).basicAuth("admin", SecretRef.env("TRAEFIK_PW")),
              Map.of("TRAEFIK_PW", "s3cret-pass"));

      List<TraefikRouter> routers =
          evidence.all(TraefikRouter.class).stream().map(FactView::data).toList();
      assertThat(routers)
          .extracting(TraefikRouter::name)
          .containsExactly("bar@myprovider", "test@myprovider");
      assertThat(routers.getFirst().hosts()).containsExactly("foo.bar");
      assertThat(routers.getFirst().middlewares())
          .containsExactly("auth", "addPrefixTest@anotherprovider");
      TraefikMiddleware auth =
          evidence.all(TraefikMiddleware.class).stream()
              .map(FactView::data)
              .filter(m -> m.name().equals("auth@myprovider"))
              .findFirst()
              .orElseThrow();
      assertThat(auth.type()).isEqualTo("basicauth");
      assertThat(evidence.bundle().facts().toString())
          .doesNotContain("admin:admin")
          .doesNotContain("s3cret-pass");
      TraefikService bar =
          evidence.all(TraefikService.class).stream()
              .map(FactView::data)
              .filter(s -> s.name().equals("bar@myprovider"))
              .findFirst()
              .orElseThrow();
      assertThat(bar.servers())
          .containsExactly(new TraefikService.Server("http://127.0.0.1", "UP"));
      assertThat(evidence.all(TraefikOverview.class).getFirst().data().routers())
          .isEqualTo(new TraefikOverview.Counts(3, 1, 1));
      assertThat(evidence.all(TraefikEntrypoint.class))
          .extracting(e -> e.data().port().orElseThrow())
          .containsExactly(80, 443);
      assertThat(evidence.all(Measurement.class).getFirst().data().value()).isEqualTo("2");
      assertThat(evidence.runs("traefik"))
          .extracting(CollectorRun::outcome)
          .containsExactly(CollectorRun.Outcome.OK);
    }
  }

  @Test
  void theApiIsReadPageByPage() {
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 250; i++) {
      many.append(i == 0 ? "" : ",")
          .append("{\"name\":\"r")
          .append(i)
          .append("@docker\",\"provider\":\"docker\",\"rule\":\"Host(`r")
          .append(i)
          .append(".lab`)\",\"service\":\"s\",\"status\":\"enabled\"}");
    }
    try (TraefikApiServer api = api().serveText("/api/http/routers", many.append("]").toString())) {
      Evidence evidence = collect(new TestInventory().api(api.url()), Map.of());
      assertThat(evidence.all(TraefikRouter.class)).hasSize(250);
    }
  }

  @Test
  void wrongCredentialsGarbageAndSilenceAreFailuresNamingTheUrl() {
    try (TraefikApiServer api = api().requireBasicAuth("admin", "right")) {
      Evidence evidence =
          collect(
              new TestInventory().api(api.url()).basicAuth("admin", SecretRef.env("PW")),
              Map.of("PW", "Xq9-bad-pass"));
      assertThat(evidence.runs("traefik"))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
                assertThat(r.detail())
                    .contains(api.url() + "/api/http/routers", "401", "credentials")
                    .doesNotContain("Xq9-bad-pass");
              });
    }
    try (TraefikApiServer api = api().serveText("/api/http/routers", "<html>not json")) {
      Evidence evidence = collect(new TestInventory().api(api.url()), Map.of());
      assertThat(evidence.runs("traefik").getFirst().detail()).contains("not JSON at line 1");
    }
    Evidence unset =
        collect(
            new TestInventory().api("http://127.0.0.1:9").basicAuth("admin", SecretRef.env("NOPE")),
            Map.of());
    assertThat(unset.runs("traefik").getFirst().detail())
        .contains("API password", "env:NOPE", "not set in the environment");
    Evidence refused = collect(new TestInventory().api("http://127.0.0.1:9"), Map.of());
    assertThat(refused.runs("traefik").getFirst().detail())
        .contains("127.0.0.1:9 refused the connection");
  }

  @Test
  void theRulesDirectoryIsReadInYamlAndTomlWithTemplatesAndLines() throws IOException {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    for (String fixture :
        List.of(
            "dynamic-chain-authelia.yml",
            "dynamic-middlewares-authelia-gotemplate.yml",
            "dynamic-router-auth-bypass.yml",
            "dynamic-file-provider-reference.toml")) {
      try (InputStream in =
          TraefikCollectorTest.class.getResourceAsStream("/fixtures/traefik/" + fixture)) {
        Files.copy(in, rules.resolve(fixture));
      }
    }
    Files.writeString(rules.resolve("broken.yml"), "http:\n  routers:\n    x: [unclosed\n");
    Evidence evidence =
        collect(new TestInventory().rulesDir("rules"), Map.of("DOMAINNAME_HS", "example.net"));

    TraefikMiddleware authelia =
        evidence.all(TraefikMiddleware.class).stream()
            .filter(m -> m.data().name().equals("middlewares-authelia@file"))
            .findFirst()
            .orElseThrow()
            .data();
    assertThat(authelia.type()).isEqualTo("forwardauth");
    assertThat(authelia.forwardAuthAddress()).contains("http://authelia:9091/api/verify");
    FactView<TraefikRouter> tautulli =
        evidence.all(TraefikRouter.class).stream()
            .filter(r -> r.data().name().equals("tautulli-rtr@file"))
            .findFirst()
            .orElseThrow();
    assertThat(tautulli.data().hosts()).containsExactly("tautulli.example.net");
    assertThat(tautulli.location().display()).isEqualTo("rules/dynamic-router-auth-bypass.yml:3");
    assertThat(evidence.all(TraefikRouter.class))
        .anySatisfy(r -> assertThat(r.data().name()).isEqualTo("Router0@file"));
    assertThat(evidence.runs("traefik"))
        .anySatisfy(
            r -> {
              assertThat(r.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
              assertThat(r.detail()).startsWith("rules/broken.yml:3:");
            });
  }
}
