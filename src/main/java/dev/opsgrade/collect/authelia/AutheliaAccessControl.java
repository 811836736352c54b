package dev.opsgrade.collect.authelia;

import dev.opsgrade.model.FactKind;
import java.util.List;
import java.util.Map;

/**
 * Authelia's access_control as configured: the default policy, the named networks, and the rules in
 * order (Authelia applies the first rule that matches a request), each with the line it starts at.
 * Policies: bypass, one_factor, two_factor, deny.
 */
@FactKind("authelia.access-control")
public record AutheliaAccessControl(
    String file, String defaultPolicy, Map<String, List<String>> networks, List<Rule> rules) {

  public record Rule(
      int index,
      int line,
      List<String> domains,
      List<String> domainRegex,
      String policy,
      List<String> networks,
      List<String> subjects,
      List<String> resources,
      List<String> methods) {}
}
