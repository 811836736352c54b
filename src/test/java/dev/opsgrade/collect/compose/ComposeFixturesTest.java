package dev.opsgrade.collect.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.compose.ComposeService.PortBinding;
import dev.opsgrade.collect.compose.ComposeService.ValueKind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real compose files of the fixture set read as Docker Compose reads them. */
class ComposeFixturesTest {

  static Path fixtures() {
    try {
      return Path.of(ComposeFixturesTest.class.getResource("/fixtures/compose").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ComposeReader.ComposeRead read(String file, Map<String, String> env) {
    Path base = fixtures();
    return new ComposeReader(env, p -> base.relativize(p).toString()).read("h", base.resolve(file));
  }

  /**
   * What the upstream {@code .env} (not part of the fixture) defines for the paths: without them a
   * volume such as "$USERDIR:/data/home:ro" has an empty source, which Docker Compose rejects.
   */
  static final Map<String, String> UPSTREAM_ENV =
      Map.of(
          "HOSTNAME", "hs",
          "DOCKERDIR", "/home/anand/docker",
          "USERDIR", "/home/anand",
          "DATADIR", "/mnt/data",
          "SECRETSDIR", "/home/anand/docker/secrets");

  @ParameterizedTest
  @CsvSource({
    "authelia-official-lite-traefik.yml, 5",
    "homelab-anandslab-t2-traefik-authelia-37-services.yml, 37",
    "homelab-anandslab-t2-web-vps-traefik.yml, 21",
    "loki-production-stack.yml, 9",
    "anandslab-hs/docker-compose-hs.yml, 3"
  })
  void everyFixtureReadsWithItsServiceCount(String file, int services) {
    ComposeReader.ComposeRead read = read(file, UPSTREAM_ENV);

    assertThat(read.file().error()).isEmpty();
    assertThat(read.file().readable()).isTrue();
    assertThat(read.file().services()).isEqualTo(services);
    assertThat(read.services()).hasSize(services);
    assertThat(read.services()).allSatisfy(s -> assertThat(s.line()).isPositive());
  }

  @Test
  void hostnameInterpolatedIncludesReadTheFilesThatExistAndNameTheMissingOnes() {
    ComposeReader.ComposeRead read =
        read("anandslab-hs/docker-compose-hs.yml", Map.of("HOSTNAME", "hs"));

    assertThat(read.services())
        .extracting(ComposeService::service)
        .containsExactly("traefik", "socket-proxy", "authelia");
    assertThat(read.file().includedFiles())
        .containsExactly(
            "anandslab-hs/compose/hs/traefik.yml",
            "anandslab-hs/compose/hs/socket-proxy.yml",
            "anandslab-hs/compose/hs/authelia.yml");
    assertThat(read.file().missingFiles()).hasSize(31);
    assertThat(read.file().missingFiles().get(0))
        .isEqualTo(
            "anandslab-hs/compose/hs/oauth.yml (referenced at"
                + " anandslab-hs/docker-compose-hs.yml:76:5)");
    assertThat(read.file().secretFiles()).hasSize(10);
    ComposeService traefik = read.services().get(0);
    assertThat(traefik.file()).isEqualTo("anandslab-hs/compose/hs/traefik.yml");
    assertThat(traefik.line()).isEqualTo(3);
    assertThat(traefik.ports())
        .extracting(PortBinding::hostPortStart, PortBinding::containerPortStart)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(80), 80),
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(443), 443));
    assertThat(traefik.ports()).allMatch(PortBinding::onAllInterfaces);
    assertThat(traefik.activeProfile()).isFalse();
    assertThat(traefik.profiles()).containsExactly("core", "all");
  }

  @Test
  void withoutHostnameEveryIncludeIsMissing() {
    ComposeReader.ComposeRead read = read("anandslab-hs/docker-compose-hs.yml", Map.of());

    assertThat(read.file().readable()).isTrue();
    assertThat(read.services()).isEmpty();
    assertThat(read.file().missingFiles()).hasSize(34);
  }

  @Test
  void profilesFromComposeProfilesActivateServices() {
    ComposeReader.ComposeRead read =
        read(
            "anandslab-hs/docker-compose-hs.yml",
            Map.of("HOSTNAME", "hs", "COMPOSE_PROFILES", "media, core"));

    assertThat(read.services()).allMatch(ComposeService::activeProfile);
  }

  @Test
  void lokiMergeKeysGiveRandomHostPortsAndTheHealthcheck() {
    ComposeReader.ComposeRead read = read("loki-production-stack.yml", Map.of());
    ComposeService loki = service(read.services(), "loki-monolithic");
    ComposeService compactor = service(read.services(), "loki-monolithic-compactor");

    assertThat(loki.image())
        .hasValueSatisfying(i -> assertThat(i).startsWith("grafana/loki:3.7.6"));
    assertThat(loki.ports()).hasSize(3);
    assertThat(loki.ports())
        .allMatch(p -> p.randomHostPort() && p.published() && p.onAllInterfaces());
    assertThat(loki.ports()).allMatch(p -> p.hostPortStart().isEmpty());
    assertThat(loki.ports().get(0).line()).isEqualTo(22);
    assertThat(loki.restart()).contains("always");
    assertThat(loki.healthcheck().orElseThrow().test())
        .containsExactly("CMD", "/usr/bin/loki", "-health");
    assertThat(compactor.environment())
        .extracting(ComposeService.EnvVar::name)
        .containsExactly("LOKI_COMPACTOR_MODE");
    ComposeService promtail = service(read.services(), "promtail");
    assertThat(promtail.ports().get(0).randomHostPort()).isTrue();
    ComposeService minio = service(read.services(), "minio");
    ComposeService.EnvVar password =
        minio.environment().stream()
            .filter(e -> e.name().equals("MINIO_ROOT_PASSWORD"))
            .findFirst()
            .orElseThrow();
    assertThat(password.kind()).isEqualTo(ValueKind.LITERAL);
    assertThat(password.length()).isEqualTo("supersecret".length());
    assertThat(password.fingerprint()).isEqualTo(ValueShape.fingerprint("supersecret"));
  }

  @Test
  void autheliaLiteHasADisabledHealthcheckAndAWritableSocket() {
    ComposeReader.ComposeRead read = read("authelia-official-lite-traefik.yml", Map.of());

    assertThat(service(read.services(), "authelia").healthcheck().orElseThrow().disabled())
        .isTrue();
    ComposeService traefik = service(read.services(), "traefik");
    assertThat(traefik.volumes())
        .anySatisfy(
            v -> {
              assertThat(v.source()).isEqualTo("/var/run/docker.sock");
              assertThat(v.type()).isEqualTo("bind");
              assertThat(v.readOnly()).isFalse();
            });
    assertThat(traefik.ports())
        .extracting(PortBinding::protocol)
        .containsExactly("tcp", "tcp", "udp");
  }

  @Test
  void homelabReferencesAreReferencesAndAnUnsetPortVariableLeavesARandomPort() {
    Map<String, String> env = new java.util.HashMap<>(UPSTREAM_ENV);
    env.put("SONARR_PORT", "8989");
    ComposeReader.ComposeRead read =
        read("homelab-anandslab-t2-traefik-authelia-37-services.yml", env);
    ComposeService sonarr = service(read.services(), "sonarr");
    ComposeService radarr = service(read.services(), "radarr");

    assertThat(sonarr.line()).isEqualTo(709);
    assertThat(sonarr.ports()).anySatisfy(p -> assertThat(p.hostPortStart()).contains(8989));
    assertThat(radarr.ports()).anySatisfy(p -> assertThat(p.randomHostPort()).isTrue());
    assertThat(sonarr.environment())
        .filteredOn(e -> e.name().equals("TZ"))
        .extracting(ComposeService.EnvVar::kind)
        .containsExactly(ValueKind.REFERENCE);
  }

  @Test
  void anUnsetPathVariableFailsAsInDockerCompose() {
    ComposeReader.ComposeRead read =
        read("homelab-anandslab-t2-traefik-authelia-37-services.yml", Map.of());

    assertThat(read.file().error())
        .contains(
            "homelab-anandslab-t2-traefik-authelia-37-services.yml:1161:9: invalid volume"
                + " specification ':/data/home:ro'");
    assertThat(read.file().errorLine()).contains(1161);
    assertThat(read.file().errorColumn()).contains(9);
  }

  static ComposeService service(List<ComposeService> services, String name) {
    return services.stream().filter(s -> s.service().equals(name)).findFirst().orElseThrow();
  }
}
