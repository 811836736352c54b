package dev.opsgrade.config;

import dev.opsgrade.model.inventory.DocsSpec;
import dev.opsgrade.model.inventory.EndpointSpec;
import dev.opsgrade.model.inventory.ProbeSpec;
import dev.opsgrade.model.inventory.SecuritySpec;
import dev.opsgrade.model.inventory.ServeSpec;
import dev.opsgrade.model.inventory.SloSpec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every default of the inventory, in one place (collectors never invent their own). */
public final class InventoryDefaults {
  public static final ProbeSpec PROBE = new ProbeSpec(3, Duration.ofSeconds(5));
  public static final SecuritySpec SECURITY = new SecuritySpec(List.of(80, 443));
  public static final List<Integer> ENDPOINT_STATUS = List.of(200);
  public static final Duration ENDPOINT_MAX_LATENCY = Duration.ofSeconds(2);
  public static final String ENDPOINT_AUTH = "none";
  public static final List<String> ENDPOINT_AUTH_KINDS = List.of("none", "portal", "basic", "any");
  public static final Duration BACKUP_MAX_AGE = Duration.ofHours(26);
  public static final String CONTABO_API_URL = "https://api.contabo.com";
  public static final String CONTABO_AUTH_URL =
      "https://auth.contabo.com/auth/realms/contabo/protocol/openid-connect/token";
  public static final Duration DR_RTO_TARGET = Duration.ofHours(1);
  public static final int DRILL_VERIFY_SAMPLE = 100;
  public static final String DOCS_PATH = "docs";
  public static final Duration DOCS_MAX_AGE = Duration.ofDays(30);
  public static final String LOKI_HOST_LABEL = "host";
  public static final Duration LOKI_MAX_SILENCE = Duration.ofMinutes(15);
  public static final List<String> KEY_ALERTS =
      List.of("InstanceDown", "DiskSpace", "CertificateExpiry", "ContainerDown");
  public static final ServeSpec SERVE =
      new ServeSpec(
          "127.0.0.1:8080",
          Optional.empty(),
          Optional.empty(),
          Duration.ofSeconds(30),
          Duration.ofHours(1),
          Duration.ofDays(2),
          3,
          2,
          "{route} is {status} ({class}) since {since}: {detail}",
          List.of(),
          List.of());
  public static final SloSpec SLO = new SloSpec(99.9, Duration.ofDays(30));
  public static final String RUBRIC = "default";

  private InventoryDefaults() {}

  public static EndpointSpec.Expect endpointExpect() {
    return new EndpointSpec.Expect(ENDPOINT_STATUS, ENDPOINT_MAX_LATENCY, ENDPOINT_AUTH);
  }

  public static DocsSpec docs(String path) {
    return new DocsSpec(path, Optional.empty(), DOCS_MAX_AGE, List.of());
  }

  /** Where a phase's deliverables live when the phase names no folder. */
  public static String phaseFolder(String id) {
    return "phases/PHASE-" + id;
  }
}
