package dev.opsgrade.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.docker.TestEngine;
import dev.opsgrade.config.InventoryLoader;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * `opsgrade init` against a real dockerd started by the tests (see {@link TestEngine}), whose
 * containers carry the compose labels Docker Compose writes for the projects of a folder of compose
 * files with Traefik labels, and secrets in their environment and labels. The engine is found by
 * DOCKER_HOST, as a user's shell sets it.
 */
@ExtendWith(TestEngine.Extension.class)
class InitOnRealEngineTest {
  private static final String LABEL = "opsgrade.test=init";
  @TempDir static Path temp;
  private static Path estate;
  private static TestEngine engine;

  @BeforeAll
  static void containersOfTheEstate(TestEngine testEngine) throws Exception {
    engine = testEngine;
    estate = InitEstate.write(Files.createDirectories(temp.resolve("real-estate")));
    String root = estate.toRealPath().toString();
    String homelabFiles = root + "/docker-compose.yml";
    String monitoringFiles =
        root + "/monitoring/compose.yaml," + root + "/monitoring/compose.override.yaml";
    create(
        "homelab",
        "traefik",
        root,
        homelabFiles,
        "traefik.enable=true",
        "traefik.http.routers.dashboard.rule=Host(`traefik.home.example.net`)",
        "traefik.http.middlewares.auth.basicauth.users=admin:planted-label-hash-Wb3");
    create(
        "homelab",
        "whoami",
        root,
        homelabFiles,
        "traefik.http.routers.whoami.rule=Host(`whoami.home.example.net`)");
    create("homelab", "grafana", root, homelabFiles, "GF=planted-literal-grafana-pass-7Qx", "");
    create("monitoring", "prometheus", root + "/monitoring", monitoringFiles);
    create("monitoring", "loki", root + "/monitoring", monitoringFiles);
  }

  /** A created container as Compose labels it; "VAR=value" arguments go to its environment. */
  private static void create(
      String project, String service, String workingDir, String configFiles, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "create",
                "--name",
                "init-" + project + "-" + service,
                "--label",
                LABEL,
                "--label",
                "com.docker.compose.project=" + project,
                "--label",
                "com.docker.compose.service=" + service,
                "--label",
                "com.docker.compose.project.working_dir=" + workingDir,
                "--label",
                "com.docker.compose.project.config_files=" + configFiles));
    for (String item : extra) {
      if (item.startsWith("GF=")) {
        args.addAll(List.of("-e", "GF_SECURITY_ADMIN_PASSWORD=" + item.substring(3)));
      } else if (!item.isEmpty()) {
        args.addAll(List.of("--label", item));
      }
    }
    args.addAll(List.of(TestEngine.IMAGE, "sleep", "3600"));
    engine.docker(args.toArray(String[]::new));
  }

  @AfterAll
  static void removeContainers() {
    if (engine == null) {
      return;
    }
    String ids = engine.docker("ps", "-aq", "--filter", "label=" + LABEL).strip();
    if (!ids.isEmpty()) {
      List<String> args = new ArrayList<>(List.of("rm", "-f"));
      args.addAll(List.of(ids.split("\\s+")));
      engine.docker(args.toArray(String[]::new));
    }
  }

  @Test
  void theWrittenFileValidatesAndNamesTheEngineItsHostsAndComposeFiles() throws Exception {
    String endpoint = "unix://" + engine.socket;
    Initializer.Result result =
        new Initializer(Map.of("DOCKER_HOST", endpoint), Duration.ofSeconds(30))
            .init(estate, Optional.empty(), true);

    String yaml = Files.readString(result.file());
    Files.writeString(Path.of("target/init-on-real-engine.yaml"), yaml);
    assertThat(InitTest.schemaErrors(yaml)).isEmpty();
    assertThat(result.loadProblem()).isEmpty();
    String engineName = engine.docker("info", "--format", "{{.Name}}").strip();
    int containers = count(engine.docker("ps", "-aq"));
    int running = count(engine.docker("ps", "-q"));
    Inventory inventory = InventoryLoader.load(result.file(), Map.of());
    HostSpec local = inventory.hosts().getFirst();
    assertThat(local.name()).isEqualTo(engineName);
    assertThat(local.docker()).contains(endpoint);
    assertThat(local.compose())
        .containsExactly(
            "docker-compose.yml", "monitoring/compose.yaml", "monitoring/compose.override.yaml");
    assertThat(local.expectContainers()).contains(running);
    assertThat(inventory.hosts())
        .extracting(HostSpec::name)
        .contains("edge", "lady")
        .doesNotContain("monitoring");
    assertThat(result.found().getFirst())
        .contains("Docker Engine", endpoint, containers + " containers (" + running + " running)");
    assertThat(yaml).contains(engineName, endpoint, "monitoring/compose.override.yaml");
    assertThat(inventory.proxy().orElseThrow().traefik().orElseThrow().api())
        .contains("https://traefik.home.example.net");
  }

  private static int count(String ids) {
    return ids.isBlank() ? 0 : ids.strip().split("\\s+").length;
  }

  @Test
  void noSecretOfTheEngineOrTheComposeFilesReachesTheFileOrTheSummary() throws Exception {
    Initializer.Result result =
        new Initializer(Map.of(), Duration.ofSeconds(30))
            .init(estate, Optional.of("unix://" + engine.socket), true);

    String yaml = Files.readString(result.file());
    String told = String.join("\n", result.found()) + String.join("\n", result.todo());
    for (String secret : InitEstate.PLANTED_SECRETS) {
      assertThat(yaml).doesNotContain(secret);
      assertThat(told).doesNotContain(secret);
    }
    assertThat(yaml).doesNotContain("GF_SECURITY_ADMIN_PASSWORD");
  }
}
