package dev.opsgrade.check.availability;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.Probes;
import dev.opsgrade.collect.dns.DnsLookup;
import dev.opsgrade.collect.net.Resolution;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;

/** avail.dns: every route and endpoint host resolves, with the resolver the probes use. */
public final class DnsCheck implements Check {

  @Override
  public String id() {
    return "avail.dns";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    List<FactView<DnsLookup>> lookups = evidence.all(DnsLookup.class);
    if (lookups.isEmpty()) {
      return List.of(
          findings.unverified(
              evidence.inventory().name(), Probes.missing(evidence, "dns", "the DNS collector")));
    }
    return lookups.stream().map(l -> judge(l, findings)).toList();
  }

  static Finding judge(FactView<DnsLookup> view, Findings findings) {
    DnsLookup lookup = view.data();
    Location at = Location.url("dns:" + lookup.host());
    if (lookup.outcome() == Resolution.Outcome.RESOLVED) {
      return findings.of(
          Status.PASS,
          lookup.host(),
          String.join(", ", lookup.addresses()) + " (" + lookup.resolver() + ")",
          Optional.of(at),
          List.of(view.id()));
    }
    String what =
        switch (lookup.outcome()) {
          case NO_SUCH_NAME -> "does not exist (NXDOMAIN)";
          case NO_ADDRESS -> "exists but has no A or AAAA record";
          case INVALID_NAME ->
              "is not a valid host name (an unexpanded variable or template in a rule?)";
          default -> "could not be resolved";
        };
    return findings.fail(
        lookup.host(),
        lookup.host()
            + " "
            + what
            + ": "
            + lookup.detail()
            + " (resolver "
            + lookup.resolver()
            + ")",
        at,
        List.of(view.id()),
        lookup.outcome() == Resolution.Outcome.INVALID_NAME
            ? "Fix the router rule that names \"" + lookup.host() + "\""
            : "Add an A/AAAA record for "
                + lookup.host()
                + " pointing at the proxy, or remove the stale route");
  }
}
