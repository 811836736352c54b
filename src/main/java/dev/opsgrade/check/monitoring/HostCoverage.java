package dev.opsgrade.check.monitoring;

import dev.opsgrade.collect.prometheus.PrometheusTarget;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.inventory.HostSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which Prometheus targets watch an inventory host. The matching rules are data, so a report can
 * say exactly why a host counts as covered or not:
 *
 * <ul>
 *   <li>a target is a host exporter when its job name contains "node" (node-exporter) or "cadvisor"
 *       (cAdvisor), or its address ends in :9100 (node-exporter's port);
 *   <li>it watches host H when one of its labels {@link #HOST_LABELS} (the instance without its
 *       port) is H, starts with "H.", or is the host part of H's Docker endpoint.
 * </ul>
 */
public final class HostCoverage {
  public static final List<String> HOST_LABELS =
      List.of("host", "hostname", "nodename", "node", "instance");

  /** A kind of host exporter and how a target is recognised as one. */
  public record ExporterKind(String name, Pattern job, Optional<Integer> port) {}

  public static final List<ExporterKind> EXPORTERS =
      List.of(
          new ExporterKind("node-exporter", Pattern.compile("(?i).*node.*"), Optional.of(9100)),
          new ExporterKind("cAdvisor", Pattern.compile("(?i).*cadvisor.*"), Optional.empty()));

  /** One target that watches the host, and why it counts. */
  public record Match(FactView<PrometheusTarget> target, String exporter, String because) {
    public String describe() {
      return exporter + " " + target.data().subject() + " (" + because + ")";
    }
  }

  private HostCoverage() {}

  public static List<Match> matches(HostSpec host, List<FactView<PrometheusTarget>> targets) {
    List<Match> out = new ArrayList<>();
    for (FactView<PrometheusTarget> view : targets) {
      Optional<String> kind = exporter(view.data());
      Optional<String> because = watches(host, view.data());
      if (kind.isPresent() && because.isPresent()) {
        out.add(new Match(view, kind.get(), because.get()));
      }
    }
    return out;
  }

  /** The rules above, in one sentence, for a host no target matched. */
  public static String rules(String host) {
    return "looked for a target whose job contains node or cadvisor (or on port 9100) with a label "
        + String.join(", ", HOST_LABELS)
        + " equal to "
        + host
        + " or "
        + host
        + ".*";
  }

  static Optional<String> exporter(PrometheusTarget target) {
    for (ExporterKind kind : EXPORTERS) {
      if (kind.job().matcher(target.job()).matches()) {
        return Optional.of(kind.name());
      }
      if (kind.port().isPresent() && target.instance().endsWith(":" + kind.port().get())) {
        return Optional.of(kind.name());
      }
    }
    return Optional.empty();
  }

  static Optional<String> watches(HostSpec host, PrometheusTarget target) {
    List<String> names = new ArrayList<>(List.of(host.name().toLowerCase(Locale.ROOT)));
    host.docker().flatMap(HostCoverage::endpointHost).ifPresent(names::add);
    for (String label : HOST_LABELS) {
      String value = target.labels().getOrDefault(label, "");
      String bare = label.equals("instance") ? withoutPort(value) : value;
      String lower = bare.toLowerCase(Locale.ROOT);
      for (String name : names) {
        if (!lower.isEmpty() && (lower.equals(name) || lower.startsWith(name + "."))) {
          return Optional.of("label " + label + "=" + value);
        }
      }
    }
    return Optional.empty();
  }

  /** "ssh://ops@master.example.net:22" gives "master.example.net"; unix:// gives nothing. */
  private static Optional<String> endpointHost(String docker) {
    int scheme = docker.indexOf("://");
    if (scheme < 0) {
      return Optional.empty();
    }
    String rest = docker.substring(scheme + 3);
    rest = rest.substring(rest.indexOf('@') + 1);
    String host = rest.split("[:/]", 2)[0].toLowerCase(Locale.ROOT);
    return host.isEmpty() ? Optional.empty() : Optional.of(host);
  }

  private static String withoutPort(String instance) {
    int colon = instance.lastIndexOf(':');
    return colon > 0 && !instance.endsWith("]") ? instance.substring(0, colon) : instance;
  }
}
