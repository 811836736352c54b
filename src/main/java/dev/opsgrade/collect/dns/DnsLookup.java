package dev.opsgrade.collect.dns;

import dev.opsgrade.collect.net.Resolution;
import dev.opsgrade.model.FactKind;
import java.util.List;

/**
 * A route or endpoint host looked up as the probes look it up: the resolver asked ("system" or the
 * servers of probe.resolvers), the outcome, the addresses, and the resolver's own words.
 */
@FactKind("dns.lookup")
public record DnsLookup(
    String host,
    String resolver,
    Resolution.Outcome outcome,
    List<String> addresses,
    String detail,
    long millis) {

  public static DnsLookup of(Resolution resolution) {
    return new DnsLookup(
        resolution.host(),
        resolution.resolver(),
        resolution.outcome(),
        resolution.addresses().stream().map(java.net.InetAddress::getHostAddress).toList(),
        resolution.detail(),
        resolution.took().toMillis());
  }
}
