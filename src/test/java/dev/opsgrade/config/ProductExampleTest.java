package dev.opsgrade.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Json;
import dev.opsgrade.model.inventory.BackupSpec;
import dev.opsgrade.model.inventory.EndpointSpec;
import dev.opsgrade.model.inventory.HostSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.MonitoringSpec;
import dev.opsgrade.model.inventory.SecretRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The inventory of PRODUCT.md loads as written. It needs no environment variables: every secret in
 * it is a reference, read only when a collector needs it.
 */
class ProductExampleTest {
  static final Path EXAMPLE = Path.of("src/test/resources/config/product-example/opsgrade.yaml");

  private final Inventory inventory = InventoryLoader.load(EXAMPLE, Map.of());

  @Test
  void namesTheFileAndItsFolder() {
    assertThat(inventory.name()).isEqualTo("homelab");
    assertThat(inventory.sourceFile()).isEqualTo("opsgrade.yaml");
    assertThat(inventory.baseDir()).isEqualTo(EXAMPLE.toAbsolutePath().getParent().toString());
  }

  @Test
  void readsTheHosts() {
    assertThat(inventory.hosts()).extracting(HostSpec::name).containsExactly("master", "lady");
    HostSpec master = inventory.hosts().get(0);
    assertThat(master.docker()).contains("ssh://ops@master.example.net");
    assertThat(master.tls())
        .contains(new HostSpec.TlsFiles("certs/ca.pem", "certs/cert.pem", "certs/key.pem"));
    assertThat(master.compose()).containsExactly("stacks/master/docker-compose.yml");
    assertThat(master.expectContainers()).contains(25);
    assertThat(inventory.hosts().get(1).expectContainers()).contains(37);
    assertThat(inventory.hosts().get(1).tls()).isEmpty();
  }

  @Test
  void readsTheProxyWithItsPasswordByReference() {
    var traefik = inventory.proxy().orElseThrow().traefik().orElseThrow();
    assertThat(traefik.api()).contains("https://traefik.example.net");
    assertThat(traefik.basicAuth().orElseThrow().user()).isEqualTo("admin");
    assertThat(traefik.basicAuth().orElseThrow().password())
        .isEqualTo(SecretRef.env("TRAEFIK_API_PASSWORD"));
    assertThat(traefik.rulesDir()).contains("appdata/traefik/rules");
    assertThat(traefik.entrypoints())
        .containsExactly(Map.entry("websecure", "https://203.0.113.10:443"));
    var authelia = inventory.proxy().orElseThrow().authelia().orElseThrow();
    assertThat(authelia.config()).contains("appdata/authelia/configuration.yml");
    assertThat(authelia.portal()).contains("https://auth.example.net");
  }

  @Test
  void readsEndpointsProbeAndSecurity() {
    assertThat(inventory.endpoints())
        .containsExactly(
            new EndpointSpec(
                "quietly-online",
                "https://quietly.online",
                new EndpointSpec.Expect(List.of(200), Duration.ofSeconds(2), "none")));
    assertThat(inventory.probe().samples()).isEqualTo(3);
    assertThat(inventory.probe().timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(inventory.security().publicPortsAllowed())
        .containsExactly(80, 443, 25, 465, 587, 993);
  }

  @Test
  void readsMonitoring() {
    MonitoringSpec monitoring = inventory.monitoring().orElseThrow();
    assertThat(monitoring.prometheus().orElseThrow().url())
        .isEqualTo("http://prometheus.internal:9090");
    assertThat(monitoring.prometheus().orElseThrow().keyAlerts())
        .containsExactly("InstanceDown", "DiskSpace", "CertificateExpiry", "ContainerDown");
    var alertmanager = monitoring.alertmanager().orElseThrow();
    assertThat(alertmanager.testAlert()).isFalse();
    assertThat(alertmanager.delivery().orElseThrow().webhookListen()).contains("0.0.0.0:9797");
    var grafana = monitoring.grafana().orElseThrow();
    assertThat(grafana.token()).contains(SecretRef.env("GRAFANA_TOKEN"));
    assertThat(grafana.expectDashboards()).contains(7);
    var loki = monitoring.loki().orElseThrow();
    assertThat(loki.hostLabel()).isEqualTo("host");
    assertThat(loki.maxSilence()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void readsBackupAndDr() {
    BackupSpec backup = inventory.backup().orElseThrow();
    assertThat(backup.maxAge()).isEqualTo(Duration.ofHours(26));
    assertThat(backup.restic())
        .containsExactly(
            new BackupSpec.Repository(
                "master-daily",
                "/srv/backup/master",
                Optional.of(SecretRef.file("secrets/restic-pass")),
                Optional.of("master")));
    var contabo = backup.contabo().orElseThrow();
    assertThat(contabo.clientId()).isEqualTo(SecretRef.env("CONTABO_CLIENT_ID"));
    assertThat(contabo.clientSecret()).isEqualTo(SecretRef.env("CONTABO_CLIENT_SECRET"));
    assertThat(contabo.instances())
        .containsExactly(Map.entry("master", 1234567L), Map.entry("lady", 7654321L));
    var dr = inventory.dr().orElseThrow();
    assertThat(dr.rtoTarget()).isEqualTo(Duration.ofHours(1));
    assertThat(dr.drill().orElseThrow().tool()).isEqualTo("restic");
    assertThat(dr.drill().orElseThrow().repository()).isEqualTo("master-daily");
    assertThat(dr.drill().orElseThrow().verifySample()).isEqualTo(200);
  }

  @Test
  void readsReposDocsPhasesAndTheRest() {
    assertThat(inventory.repos()).containsExactly(".", "../lady-config");
    var docs = inventory.docs().orElseThrow();
    assertThat(docs.path()).isEqualTo(".docs");
    assertThat(docs.inventory()).contains(".docs/DOC_INVENTORY.md");
    assertThat(docs.maxAge()).isEqualTo(Duration.ofDays(30));
    var phase = inventory.phases().get(0);
    assertThat(phase.id()).isEqualTo("2A");
    assertThat(phase.folder()).isEqualTo("phases/PHASE-2A");
    assertThat(phase.criteria()).containsExactly("avail.route-status", "sec.auth-coverage");
    assertThat(inventory.rubric()).isEqualTo("default");
    assertThat(inventory.history().orElseThrow().password()).contains(SecretRef.env("PG_PASSWORD"));
    var serve = inventory.serve().orElseThrow();
    assertThat(serve.passwordFile()).contains("secrets/dashboard-password");
    assertThat(serve.metricsToken()).contains(SecretRef.env("OPSGRADE_METRICS_TOKEN"));
    assertThat(serve.assessEvery()).isEqualTo(Duration.ofHours(1));
    assertThat(inventory.slo().target()).isEqualTo(99.9);
    assertThat(inventory.notifications()).hasSize(3);
    assertThat(inventory.notifications().get(0).ntfy().orElseThrow().topic()).isEqualTo("ops");
    assertThat(inventory.notifications().get(1).gotify().orElseThrow().token())
        .isEqualTo(SecretRef.env("GOTIFY_TOKEN"));
    assertThat(inventory.notifications().get(2).webhook())
        .contains("https://hooks.example.net/opsgrade");
  }

  @Test
  void survivesTheJsonOfAnEvidenceBundle() {
    String json = Json.write(inventory);
    Inventory read = Json.fromTree(Json.mapper().readTree(json), Inventory.class);
    assertThat(read).isEqualTo(inventory);
    assertThat(json).contains("\"notify\"").contains("env:GRAFANA_TOKEN");
  }
}
