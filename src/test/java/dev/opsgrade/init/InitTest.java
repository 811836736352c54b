package dev.opsgrade.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.opsgrade.config.InventoryLoader;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * `opsgrade init` on a folder of compose files, asking a Docker Engine that replays bodies captured
 * from a real dockerd over a unix socket.
 */
class InitTest {
  private static final String CAPTURED_ROOT = "/srv/opsgrade-init/homelab";

  @TempDir Path temp;
  @TempDir Path sockets;
  private Path estate;

  @BeforeEach
  void folder() throws IOException {
    estate = Files.createDirectories(temp.resolve("firstrun-estate"));
  }

  @Test
  void writesAValidInventoryNamingTheEngineHostsAndComposeFiles() throws Exception {
    InitEstate.write(estate);
    try (DockerReplayServer engine = capturedEngine()) {
      Initializer.Result result = init(engine.endpoint(), false);

      String yaml = Files.readString(result.file());
      assertThat(schemaErrors(yaml)).isEmpty();
      assertThat(result.loadProblem()).isEmpty();
      Inventory inventory = InventoryLoader.load(result.file(), Map.of());
      assertThat(inventory.hosts())
          .extracting(HostSpec::name, HostSpec::docker, HostSpec::compose)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "vm",
                  Optional.of(engine.endpoint()),
                  List.of(
                      "docker-compose.yml",
                      "monitoring/compose.yaml",
                      "monitoring/compose.override.yaml")),
              org.assertj.core.groups.Tuple.tuple(
                  "edge", Optional.empty(), List.of("stacks/edge/compose.yaml")),
              org.assertj.core.groups.Tuple.tuple(
                  "lady", Optional.empty(), List.of("stacks/lady/docker-compose.yml")));
      assertThat(inventory.hosts().get(0).expectContainers()).contains(6);
      assertThat(engine.requests())
          .containsExactly("GET /containers/json?all=1 HTTP/1.1", "GET /info HTTP/1.1");
    }
  }

  @Test
  void wiresTraefikAutheliaMonitoringRepoAndDocs() throws Exception {
    InitEstate.write(estate);
    try (DockerReplayServer engine = capturedEngine()) {
      Path file = init(engine.endpoint(), false).file();

      Inventory inventory = InventoryLoader.load(file, Map.of());
      var traefik = inventory.proxy().orElseThrow().traefik().orElseThrow();
      assertThat(traefik.api()).contains("https://traefik.home.example.net");
      assertThat(traefik.rulesDir()).contains("appdata/traefik/rules");
      var authelia = inventory.proxy().orElseThrow().authelia().orElseThrow();
      assertThat(authelia.config()).contains("stacks/edge/authelia/configuration.yml");
      assertThat(authelia.portal()).contains("https://authelia.example.com");
      var monitoring = inventory.monitoring().orElseThrow();
      assertThat(monitoring.prometheus().orElseThrow().url()).isEqualTo("http://127.0.0.1:9090");
      assertThat(monitoring.alertmanager().orElseThrow().url())
          .isEqualTo("https://alerts.home.example.net");
      assertThat(monitoring.grafana().orElseThrow().url()).isEqualTo("http://127.0.0.1:3000");
      assertThat(monitoring.loki()).isEmpty();
      assertThat(Files.readString(file))
          .contains("# loki: { url: \"http://loki:3100\" }   # TODO")
          .contains("token: \"${GRAFANA_TOKEN}\"")
          .contains("# confirm: port 9090 published by monitoring/compose.yaml:");
      assertThat(inventory.repos()).containsExactly(".");
      assertThat(inventory.docs().orElseThrow().path()).isEqualTo("docs");
      assertThat(inventory.docs().orElseThrow().inventory()).contains("docs/DOC_INVENTORY.md");
    }
  }

  @Test
  void noSecretValueFromTheComposeEnvironmentReachesTheFile() throws Exception {
    InitEstate.write(estate);
    try (DockerReplayServer engine = capturedEngine()) {
      Initializer.Result result = init(engine.endpoint(), false);

      String yaml = Files.readString(result.file());
      String told = String.join("\n", result.found()) + String.join("\n", result.todo());
      for (String secret : InitEstate.PLANTED_SECRETS) {
        assertThat(yaml).doesNotContain(secret);
        assertThat(told).doesNotContain(secret);
      }
      assertThat(yaml).doesNotContain("GF_SECURITY_ADMIN_PASSWORD").doesNotContain("LOKI_SECRET");
    }
  }

  @Test
  void neverOverwritesAnInventoryWithoutForce() throws Exception {
    InitEstate.write(estate);
    Files.writeString(estate.resolve("opsgrade.yaml"), "name: mine\n");
    try (DockerReplayServer engine = capturedEngine()) {
      assertThatThrownBy(() -> init(engine.endpoint(), false))
          .isInstanceOf(Initializer.InitException.class)
          .hasMessageContaining("already exists: not overwritten (use --force to replace it)");
      assertThat(Files.readString(estate.resolve("opsgrade.yaml"))).isEqualTo("name: mine\n");

      init(engine.endpoint(), true);
      assertThat(Files.readString(estate.resolve("opsgrade.yaml"))).contains("name: \"");
    }
    try (var leftovers = Files.list(estate)) {
      assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void theSpecExampleEngineGivesAHostWithoutComposeProjects() throws Exception {
    Path socket = sockets.resolve("docker.sock");
    Map<String, String> bodies =
        Map.of(
            "/containers/json?all=1",
            DockerReplayServer.fixture("containers-json-v1.47-example.json"));
    try (DockerReplayServer engine = new DockerReplayServer(socket, bodies)) {
      Initializer.Result result = init(engine.endpoint(), false);

      String yaml = Files.readString(result.file());
      assertThat(schemaErrors(yaml)).isEmpty();
      Inventory inventory = InventoryLoader.load(result.file(), Map.of());
      HostSpec host = inventory.hosts().get(0);
      assertThat(host.docker()).contains(engine.endpoint());
      assertThat(host.compose()).isEmpty();
      assertThat(result.found().get(0)).contains("4 containers", "0 compose projects");
    }
  }

  @Test
  void anEngineThatIsMissingLyingOrSilentIsReportedAndTheRestWritten() throws Exception {
    InitEstate.write(estate);
    Path missing = sockets.resolve("none.sock");
    assertThat(init("unix://" + missing, false).found().get(0))
        .isEqualTo("no Docker Engine at unix://" + missing + ": " + missing + " does not exist");

    Path garbage = sockets.resolve("garbage.sock");
    try (DockerReplayServer engine =
        new DockerReplayServer(
            garbage, Map.of("/containers/json?all=1", DockerReplayServer.GARBAGE))) {
      Initializer.Result result = init(engine.endpoint(), true);
      assertThat(result.found().get(0))
          .startsWith(
              "no Docker Engine at "
                  + engine.endpoint()
                  + ": GET /containers/json?all=1 answered no JSON");
      assertThat(InventoryLoader.load(result.file(), Map.of()).hosts())
          .extracting(HostSpec::name)
          .containsExactly("firstrun-estate", "monitoring", "edge", "lady");
    }

    Path silent = sockets.resolve("silent.sock");
    try (DockerReplayServer engine =
        new DockerReplayServer(
            silent, Map.of("/containers/json?all=1", DockerReplayServer.SILENT))) {
      long start = System.nanoTime();
      Initializer.Result result = init(engine.endpoint(), true);
      assertThat(result.found().get(0)).endsWith(": no answer within 500 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }
  }

  private DockerReplayServer capturedEngine() throws IOException {
    String root = estate.toAbsolutePath().normalize().toString();
    Map<String, String> bodies =
        Map.of(
            "/containers/json?all=1",
            DockerReplayServer.fixture("containers-json-compose-projects-v1.41.json")
                .replace(CAPTURED_ROOT, root),
            "/info",
            DockerReplayServer.fixture("info-v1.41.json"));
    return new DockerReplayServer(sockets.resolve("docker.sock"), bodies);
  }

  @Test
  void aComposeFileThatCannotBeReadIsNamedWithItsPositionInWhatIsLeftToDo() throws Exception {
    Files.writeString(estate.resolve("docker-compose.yml"), "services:\n  a:\n    image: a\n");
    Files.writeString(estate.resolve("docker-compose.lady.yml"), "services:\n  t:\n\timage: x\n");

    Initializer.Result result = init("unix://" + sockets.resolve("none.sock"), false);

    assertThat(result.todo())
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("fix docker-compose.lady.yml: docker-compose.lady.yml:3:1"));
    assertThat(result.todo()).noneMatch(t -> t.startsWith("fix docker-compose.yml"));
  }

  private Initializer.Result init(String endpoint, boolean force) throws Exception {
    return new Initializer(Map.of(), Duration.ofMillis(500))
        .init(estate, Optional.of(endpoint), force);
  }

  /** The file as an editor's schema validator sees it. */
  static List<String> schemaErrors(String yaml) throws IOException {
    Object data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    var schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                Json.mapper().readTree(Files.readString(Path.of("schema/opsgrade.schema.json"))));
    return schema.validate(Json.mapper().valueToTree(data)).stream().map(Error::toString).toList();
  }
}
