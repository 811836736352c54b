package dev.opsgrade.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interpolation inside a real load: the environment, the .env beside the file, and defaults. */
class InterpolationLoadingTest {
  @TempDir Path dir;

  private static final String INVENTORY =
      """
      name: ${SITE:-homelab}
      hosts:
        - name: master
          docker: ssh://${SSH_USER}@${MASTER_HOST}:${SSH_PORT-22}
          expect: { containers: ${MASTER_CONTAINERS} }
      probe: { timeout: ${PROBE_TIMEOUT:-7s} }
      monitoring:
        alertmanager: { url: "http://${AM_HOST}:9093", test_alert: ${TEST_ALERT} }
      docs: { path: "$$HOME-docs" }
      """;

  @Test
  void dotEnvFillsWhatTheEnvironmentLeavesOut() {
    Inventories.write(
        dir,
        ".env",
        """
        # the site's settings
        export SSH_USER=ops
        MASTER_HOST = master.example.net
        MASTER_CONTAINERS=25   # counted on 2026-11-01
        AM_HOST='am.internal'
        TEST_ALERT="true"
        SITE=from-dotenv
        """);
    Inventory inventory =
        InventoryLoader.load(
            Inventories.write(dir, "opsgrade.yaml", INVENTORY), Map.of("SITE", "from-environment"));
    assertThat(inventory.name()).isEqualTo("from-environment");
    assertThat(inventory.hosts().get(0).docker()).contains("ssh://ops@master.example.net:22");
    assertThat(inventory.hosts().get(0).expectContainers()).contains(25);
    assertThat(inventory.probe().timeout()).isEqualTo(Duration.ofSeconds(7));
    var alertmanager = inventory.monitoring().orElseThrow().alertmanager().orElseThrow();
    assertThat(alertmanager.url()).isEqualTo("http://am.internal:9093");
    assertThat(alertmanager.testAlert()).isTrue();
    assertThat(inventory.docs().orElseThrow().path()).isEqualTo("$HOME-docs");
  }

  @Test
  void withoutDotEnvTheEnvironmentAloneCounts() {
    Map<String, String> environment =
        Map.of(
            "SSH_USER", "root",
            "MASTER_HOST", "10.0.0.5",
            "SSH_PORT", "2222",
            "MASTER_CONTAINERS", "3",
            "AM_HOST", "am",
            "TEST_ALERT", "false");
    Inventory inventory =
        InventoryLoader.load(Inventories.write(dir, "opsgrade.yaml", INVENTORY), environment);
    assertThat(inventory.name()).isEqualTo("homelab");
    assertThat(inventory.hosts().get(0).docker()).contains("ssh://root@10.0.0.5:2222");
    assertThat(inventory.hosts().get(0).expectContainers()).contains(3);
  }

  @Test
  void aValueFromTheEnvironmentIsCheckedAfterInterpolationWithoutBeingQuoted() {
    Map<String, String> environment =
        Map.of(
            "SSH_USER", "ops",
            "MASTER_HOST", "m",
            "MASTER_CONTAINERS", "many-and-private",
            "AM_HOST", "am",
            "TEST_ALERT", "false");
    List<Problem> problems =
        Inventories.problems(Inventories.write(dir, "opsgrade.yaml", INVENTORY), environment);
    assertThat(problems)
        .extracting(Problem::display)
        .containsExactly(
            dir.resolve("opsgrade.yaml")
                + ":5:27: hosts[0].expect.containers: expected a whole number, found"
                + " '${MASTER_CONTAINERS}'");
  }

  @Test
  void dotEnvProblemsNameTheirLine() {
    Inventories.write(dir, ".env", "OK=1\nthis is not a variable\nQ=\"open\n");
    List<Problem> problems =
        Inventories.problems(Inventories.write(dir, "opsgrade.yaml", "name: x\n"), Map.of());
    String dotEnv = dir.resolve(".env").toString();
    assertThat(problems)
        .extracting(Problem::display)
        .containsExactly(
            dotEnv + ":2:1: expected KEY=VALUE",
            dotEnv + ":3:3: Q: the value opens a \" quote that is not closed on the same line");
  }

  @Test
  void unquotedReferencesInFlowMappingsReadAsInPRODUCT() {
    Inventory inventory =
        InventoryLoader.load(
            Inventories.write(
                dir,
                "opsgrade.yaml",
                "name: x\nhosts: [{ name: ${H}, docker: unix:///run/${SOCK:-docker.sock} }]\n"),
            Map.of("H", "alpha"));
    assertThat(inventory.hosts().get(0).name()).isEqualTo("alpha");
    assertThat(inventory.hosts().get(0).docker()).contains("unix:///run/docker.sock");
  }
}
