package dev.opsgrade.check.routes;

import dev.opsgrade.collect.authelia.AutheliaAccessControl;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which Authelia access_control rule applies to a host: the first whose domain (exact or
 * "*.suffix") or domain_regex matches, as Authelia evaluates them. Rules narrowed by subject,
 * resources, methods or networks apply only to some requests: they are reported, and the search
 * goes on to the rule every other request gets.
 */
public final class AccessRules {
  private AccessRules() {}

  /** The rule a request for {@code host} from anyone gets, and the conditional ones before it. */
  public record Match(
      Optional<AutheliaAccessControl.Rule> rule,
      String policy,
      List<AutheliaAccessControl.Rule> conditional) {
    public String describe(String file) {
      String base =
          rule.map(
                  r ->
                      "Authelia rule #"
                          + r.index()
                          + " ("
                          + file
                          + ":"
                          + r.line()
                          + ") gives "
                          + r.policy())
              .orElse("no Authelia rule matches, default_policy " + policy);
      if (conditional.isEmpty()) {
        return base;
      }
      return base
          + "; before it, "
          + String.join(
              ", ",
              conditional.stream()
                  .map(r -> "#" + r.index() + " " + r.policy() + " for " + narrowing(r))
                  .toList());
    }
  }

  public static Match match(AutheliaAccessControl control, String host) {
    String wanted = host.toLowerCase(Locale.ROOT);
    List<AutheliaAccessControl.Rule> conditional = new java.util.ArrayList<>();
    for (AutheliaAccessControl.Rule rule : control.rules()) {
      if (!matches(rule, wanted)) {
        continue;
      }
      if (!rule.subjects().isEmpty()
          || !rule.resources().isEmpty()
          || !rule.methods().isEmpty()
          || !rule.networks().isEmpty()) {
        conditional.add(rule);
        continue;
      }
      return new Match(Optional.of(rule), rule.policy(), List.copyOf(conditional));
    }
    return new Match(Optional.empty(), control.defaultPolicy(), List.copyOf(conditional));
  }

  private static boolean matches(AutheliaAccessControl.Rule rule, String host) {
    for (String domain : rule.domains()) {
      String d = domain.toLowerCase(Locale.ROOT);
      if (d.equals(host) || (d.startsWith("*.") && host.endsWith(d.substring(1)))) {
        return true;
      }
    }
    for (String regex : rule.domainRegex()) {
      try {
        // Go's MatchString, as Authelia uses it, finds the pattern anywhere unless it is anchored
        if (Pattern.compile(regex.replace("(?P<", "(?<"), Pattern.CASE_INSENSITIVE)
            .matcher(host)
            .find()) {
          return true;
        }
      } catch (PatternSyntaxException e) {
        // A regex Java cannot read matches nothing here; the rule is still listed in its file.
      }
    }
    return false;
  }

  private static String narrowing(AutheliaAccessControl.Rule rule) {
    List<String> parts = new java.util.ArrayList<>();
    if (!rule.networks().isEmpty()) {
      parts.add("networks " + String.join(", ", rule.networks()));
    }
    if (!rule.subjects().isEmpty()) {
      parts.add("subjects " + String.join(", ", rule.subjects()));
    }
    if (!rule.resources().isEmpty()) {
      parts.add("resources " + String.join(", ", rule.resources()));
    }
    if (!rule.methods().isEmpty()) {
      parts.add("methods " + String.join(", ", rule.methods()));
    }
    return String.join(" and ", parts);
  }
}
