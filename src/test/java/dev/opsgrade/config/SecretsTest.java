package dev.opsgrade.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsgrade.model.Json;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.SecretRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets stay references: planted values, in the environment and in .env, appear in no string,
 * exception or JSON made from the inventory, yet resolve when a collector asks for them.
 */
class SecretsTest {
  @TempDir Path dir;

  private final String fromEnvironment = "env-secret-" + UUID.randomUUID();
  private final String fromDotEnv = "dotenv-secret-" + UUID.randomUUID();
  private final String inFile = "file-secret-" + UUID.randomUUID();

  private static final String INVENTORY =
      """
      name: secrets
      proxy:
        traefik:
          api: https://traefik.example.net
          auth: { basic: { user: admin, password: ${TRAEFIK_PASSWORD} } }
      monitoring:
        grafana: { url: https://grafana.example.net, token: ${GRAFANA_TOKEN} }
        alertmanager:
          url: http://am:9093
          delivery: { gotify: { url: https://gotify.example.net, client_token_file: secrets/gotify } }
      backup:
        restic: [{ name: r, repo: /srv/r, password_file: secrets/restic }]
        contabo: { client_id: ${CONTABO_ID}, client_secret: ${CONTABO_SECRET}, api_user: ${CONTABO_USER}, api_password: ${CONTABO_PASSWORD} }
      history: { url: jdbc:postgresql://db/ops, user: ops, password: ${PG_PASSWORD} }
      serve: { metrics_token: ${METRICS_TOKEN} }
      notify:
        - { ntfy: { url: https://ntfy.example.net, topic: ops, token: ${NTFY_TOKEN} } }
        - { gotify: { url: https://gotify.example.net, token: ${GOTIFY_TOKEN} } }
      """;

  private Map<String, String> environment() {
    return Map.of(
        "TRAEFIK_PASSWORD", fromEnvironment,
        "GRAFANA_TOKEN", fromEnvironment,
        "CONTABO_ID", fromEnvironment,
        "PG_PASSWORD", fromEnvironment,
        "NTFY_TOKEN", fromEnvironment);
  }

  private void plantDotEnvAndFiles() {
    Inventories.write(
        dir,
        ".env",
        String.join(
            "\n",
            "CONTABO_SECRET=" + fromDotEnv,
            "CONTABO_USER=" + fromDotEnv,
            "CONTABO_PASSWORD='" + fromDotEnv + "'",
            "METRICS_TOKEN=\"" + fromDotEnv + "\"",
            "GOTIFY_TOKEN=" + fromDotEnv,
            "PG_PASSWORD=shadowed-" + fromDotEnv,
            ""));
    Inventories.write(dir, "secrets/gotify", inFile + "\n");
    Inventories.write(dir, "secrets/restic", inFile + "\n");
  }

  @Test
  void plantedSecretsAppearNowhere() {
    plantDotEnvAndFiles();
    Inventory inventory =
        InventoryLoader.load(Inventories.write(dir, "opsgrade.yaml", INVENTORY), environment());
    for (String text : List.of(inventory.toString(), Json.write(inventory))) {
      assertThat(text)
          .doesNotContain(fromEnvironment)
          .doesNotContain(fromDotEnv)
          .doesNotContain(inFile);
    }
    assertThat(Json.write(inventory))
        .contains("env:TRAEFIK_PASSWORD", "env:CONTABO_SECRET", "file:secrets/gotify");
  }

  @Test
  void plantedSecretsResolveWhenAsked() {
    plantDotEnvAndFiles();
    Inventory inventory =
        InventoryLoader.load(Inventories.write(dir, "opsgrade.yaml", INVENTORY), environment());
    Path baseDir = Path.of(inventory.baseDir());
    var contabo = inventory.backup().orElseThrow().contabo().orElseThrow();
    assertThat(SecretResolver.resolve(contabo.clientId(), baseDir, environment()))
        .isEqualTo(fromEnvironment);
    assertThat(SecretResolver.resolve(contabo.clientSecret(), baseDir, environment()))
        .isEqualTo(fromDotEnv);
    assertThat(SecretResolver.resolve(contabo.apiPassword().orElseThrow(), baseDir, environment()))
        .isEqualTo(fromDotEnv);
    assertThat(SecretResolver.resolve(SecretRef.env("PG_PASSWORD"), baseDir, environment()))
        .as("the environment wins over .env")
        .isEqualTo(fromEnvironment);
    var restic = inventory.backup().orElseThrow().restic().get(0);
    assertThat(SecretResolver.resolve(restic.password().orElseThrow(), baseDir, environment()))
        .isEqualTo(inFile);
  }

  @Test
  void problemsNeverQuoteAPlantedSecret() {
    plantDotEnvAndFiles();
    String broken =
        INVENTORY
            + "probe: { timeout: ${GRAFANA_TOKEN}, samples: ${CONTABO_SECRET} }\n"
            + "endpoints: [{ name: e, url: \"${TRAEFIK_PASSWORD}\" }]\n"
            + "dr: { playbooks: ${GOTIFY_TOKEN:?x}, rto_target: ${METRICS_TOKEN:-1h} }\n";
    Path file =
        Inventories.write(
            dir,
            "opsgrade.yaml",
            broken.replace("password: ${PG_PASSWORD}", "password: " + fromEnvironment));
    assertThatThrownBy(() -> InventoryLoader.load(file, environment()))
        .isInstanceOf(InventoryException.class)
        .satisfies(
            e -> {
              assertThat(((InventoryException) e).problems()).hasSizeGreaterThanOrEqualTo(4);
              assertThat(e.getMessage())
                  .doesNotContain(fromEnvironment)
                  .doesNotContain(fromDotEnv)
                  .contains("history.password: secrets only by reference");
              assertThat(e.toString()).doesNotContain(fromEnvironment).doesNotContain(fromDotEnv);
            });
  }

  @Test
  void resolverErrorsNameTheReferenceOnly() {
    Inventories.write(dir, ".env", "EMPTY=\n");
    assertThatThrownBy(() -> SecretResolver.resolve(SecretRef.env("MISSING"), dir, Map.of()))
        .isInstanceOf(SecretException.class)
        .hasMessageStartingWith("secret env:MISSING: not set in the environment nor in");
    assertThatThrownBy(() -> SecretResolver.resolve(SecretRef.env("EMPTY"), dir, Map.of()))
        .hasMessage("secret env:EMPTY: the variable is empty");
    assertThatThrownBy(() -> SecretResolver.resolve(SecretRef.file("secrets/none"), dir, Map.of()))
        .hasMessageStartingWith("secret file:secrets/none: no such file");
  }

  @Test
  void fingerprintIsTheStartOfTheSha256() {
    assertThat(SecretResolver.fingerprint("hunter2")).isEqualTo("f52fbd32");
  }
}
