package dev.opsgrade.serve.notify;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a notification from a fixed set of placeholders: {route} (what the alert is about),
 * {group}, {url}, {status} (DOWN or UP), {alert}, {class} (the failure class), {since}, {at} and
 * {detail}. Nothing else is interpreted: an unknown {name} stays as written, so a message can hold
 * braces, and no value can inject placeholders of its own.
 */
public final class MessageText {
  public static final String DEFAULT = "{route} is {status} ({class}) since {since}: {detail}";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

  private MessageText() {}

  public static String render(String template, Alert alert) {
    Map<String, String> values =
        Map.of(
            "route", alert.subject(),
            "group", alert.group(),
            "url", alert.url(),
            "status", alert.state().word(),
            "alert", alert.name(),
            "class", alert.cause(),
            "since", alert.since().toString(),
            "at", alert.at().toString(),
            "detail", alert.detail());
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.getOrDefault(matcher.group(1), matcher.group());
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Placeholders the template names that are not in the fixed set: a typo to report at load. */
  public static java.util.List<String> unknownPlaceholders(String template) {
    java.util.Set<String> known =
        java.util.Set.of(
            "route", "group", "url", "status", "alert", "class", "since", "at", "detail");
    return PLACEHOLDER
        .matcher(template)
        .results()
        .map(m -> m.group(1))
        .filter(n -> !known.contains(n))
        .distinct()
        .toList();
  }
}
