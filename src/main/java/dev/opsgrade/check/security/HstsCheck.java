package dev.opsgrade.check.security;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.Probes;
import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** sec.hsts: every HTTPS host that answers sends Strict-Transport-Security for a year or more. */
public final class HstsCheck implements Check {
  static final long ONE_YEAR = 31_536_000L;
  private static final Pattern MAX_AGE = Pattern.compile("(?i)max-age\\s*=\\s*\"?(\\d+)");

  @Override
  public String id() {
    return "sec.hsts";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Probes probes = Probes.of(evidence);
    List<Finding> result = new ArrayList<>();
    Set<String> hosts = new LinkedHashSet<>();
    List<FactView<HttpProbe>> https = new ArrayList<>(probes.of(HttpProbe.Kind.ROUTE));
    https.addAll(probes.of(HttpProbe.Kind.ENDPOINT));
    for (FactView<HttpProbe> probe : https) {
      if (probe.data().url().startsWith("https://")
          && probe.data().outcome().answered()
          && hosts.add(probe.data().host())) {
        result.add(judge(probe, findings));
      }
    }
    if (result.isEmpty()) {
      return List.of(
          findings.unverified(
              evidence.inventory().name(),
              probes.any()
                  ? "no HTTPS route answered, so no response header could be read"
                  : probes.missing()));
    }
    return result;
  }

  static Finding judge(FactView<HttpProbe> view, Findings findings) {
    HttpProbe probe = view.data();
    Location at = Location.url(probe.url());
    String fix =
        "Add a headers middleware with stsSeconds: 31536000 (and stsIncludeSubdomains) to the router of "
            + probe.host();
    if (probe.hsts().isEmpty()) {
      return findings.fail(
          probe.host(),
          "no Strict-Transport-Security header on " + probe.url() + " (" + probe.detail() + ")",
          at,
          List.of(view.id()),
          fix);
    }
    Matcher m = MAX_AGE.matcher(probe.hsts().get());
    long age = m.find() ? Long.parseLong(m.group(1)) : 0;
    String message = "Strict-Transport-Security: " + probe.hsts().get();
    if (age >= ONE_YEAR) {
      return findings.of(Status.PASS, probe.host(), message, Optional.of(at), List.of(view.id()));
    }
    String below = message + " (max-age " + age + " s, below one year)";
    return findings
        .fail(probe.host(), below, at, List.of(view.id()), fix)
        .withStatus(age > 0 ? Status.WARN : Status.FAIL, below);
  }
}
