package dev.opsgrade.check.monitoring;

import dev.opsgrade.collect.prometheus.PrometheusRuleGroup;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a key alert named in opsgrade.yaml (prometheus.key_alerts) is recognised among the alerting
 * rules, loosely, because every estate names them differently. The rules are data:
 *
 * <ul>
 *   <li>InstanceDown: named InstanceDown, HostDown, NodeDown or TargetDown; or a name containing
 *       "down" but not "container"; or a query on {@code up == 0};
 *   <li>DiskSpace: a name containing "disk" or "filesystem";
 *   <li>CertificateExpiry: a name containing "cert", "ssl" or "tls"; or a query on
 *       probe_ssl_earliest_cert_expiry or x509_cert_not_after;
 *   <li>ContainerDown: a name containing "container" (ContainerDown, ContainerKilled...);
 *   <li>any other name: the same name ignoring case and punctuation, or one containing the other.
 * </ul>
 */
public final class KeyAlertRules {

  /** One kind of key alert and what counts as it. */
  public record KeyAlert(
      String name,
      List<String> names,
      List<String> nameContains,
      List<String> nameExcludes,
      List<String> queryContains) {}

  public static final List<KeyAlert> KNOWN =
      List.of(
          new KeyAlert(
              "InstanceDown",
              List.of("InstanceDown", "HostDown", "NodeDown", "TargetDown"),
              List.of("down"),
              List.of("container"),
              List.of("up == 0", "up==0")),
          new KeyAlert(
              "DiskSpace",
              List.of("DiskSpace", "DiskFull", "HostOutOfDiskSpace"),
              List.of("disk", "filesystem"),
              List.of(),
              List.of()),
          new KeyAlert(
              "CertificateExpiry",
              List.of("CertificateExpiry", "CertExpiry", "SSLCertExpiringSoon"),
              List.of("cert", "ssl", "tls"),
              List.of(),
              List.of("probe_ssl_earliest_cert_expiry", "x509_cert_not_after")),
          new KeyAlert(
              "ContainerDown",
              List.of("ContainerDown", "ContainerKilled", "ContainerAbsent"),
              List.of("container"),
              List.of(),
              List.of()));

  /** The alerting rule that stands for a key alert, and why it counts. */
  public record Match(String rule, String group, String because) {}

  private KeyAlertRules() {}

  /** The key alert as known data, or a plain name-only one for names we do not know. */
  public static KeyAlert of(String configured) {
    String key = normal(configured);
    return KNOWN.stream()
        .filter(k -> k.names().stream().anyMatch(n -> normal(n).equals(key)))
        .findFirst()
        .orElse(new KeyAlert(configured, List.of(configured), List.of(), List.of(), List.of()));
  }

  public static Optional<Match> find(KeyAlert alert, List<PrometheusRuleGroup> groups) {
    for (int pass = 0; pass < 3; pass++) {
      for (PrometheusRuleGroup group : groups) {
        for (PrometheusRuleGroup.Rule rule : group.rules()) {
          if (rule.alerting()) {
            Optional<String> because = because(alert, rule, pass);
            if (because.isPresent()) {
              return Optional.of(new Match(rule.name(), group.name(), because.get()));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Pass 0: by name; pass 1: by a word in the name; pass 2: by the query. */
  private static Optional<String> because(KeyAlert alert, PrometheusRuleGroup.Rule rule, int pass) {
    String name = normal(rule.name());
    if (pass == 0) {
      return alert.names().stream()
          .filter(n -> loose(normal(n), name, alert))
          .findFirst()
          .map(n -> normal(n).equals(name) ? "named " + rule.name() : "name like " + n);
    }
    if (pass == 1) {
      boolean excluded = alert.nameExcludes().stream().anyMatch(name::contains);
      return excluded
          ? Optional.empty()
          : alert.nameContains().stream()
              .filter(name::contains)
              .findFirst()
              .map(word -> "name contains '" + word + "'");
    }
    String query = rule.query().replaceAll("\\s+", " ");
    return alert.queryContains().stream()
        .filter(query::contains)
        .findFirst()
        .map(q -> "query uses " + q);
  }

  /** Equal; or, for a name we do not know, one containing the other. */
  private static boolean loose(String wanted, String name, KeyAlert alert) {
    boolean unknown = KNOWN.stream().noneMatch(k -> k.name().equals(alert.name()));
    return wanted.equals(name)
        || (unknown && name.length() >= 3 && (name.contains(wanted) || wanted.contains(name)));
  }

  static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
