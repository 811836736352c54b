package dev.opsgrade.report.html;

import static dev.opsgrade.report.html.Html.cell;
import static dev.opsgrade.report.html.Html.escape;

import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The service matrix: one row per probe fact (kinds starting with "http."), read generically from
 * the bundle so that it shows whatever the probing collectors record, without their classes.
 */
final class ServiceMatrix {
  static final String KIND_PREFIX = "http.";

  /** Columns shown first when the facts have them, in this order. */
  private static final List<String> PREFERRED =
      List.of("url", "kind", "outcome", "status", "p95_millis", "router", "service", "detail");

  private static final int FALLBACK_COLUMNS = 6;

  private ServiceMatrix() {}

  /** Empty when the bundle holds no probe facts: the section is then left out. */
  static Optional<String> render(Optional<Evidence> evidence) {
    Map<String, List<Fact>> byKind = new TreeMap<>();
    evidence.stream()
        .flatMap(e -> e.bundle().facts().stream())
        .filter(f -> f.kind().startsWith(KIND_PREFIX))
        .sorted(Comparator.comparing(Fact::subject).thenComparing(Fact::id))
        .forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
    if (byKind.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    byKind.forEach((kind, facts) -> out.append(table(kind, facts)));
    return Optional.of(Html.section("services", "Service matrix", out.toString()));
  }

  private static String table(String kind, List<Fact> facts) {
    List<String> columns = columns(facts);
    List<String> labels = new ArrayList<>(List.of("subject"));
    labels.addAll(columns);
    labels.add("evidence");
    StringBuilder out =
        new StringBuilder("<h3>")
            .append(escape(kind))
            .append("</h3><div class=\"scroll\"><table class=\"stack\">")
            .append(Html.header(labels.toArray(String[]::new)))
            .append("<tbody>");
    for (Fact fact : facts) {
      out.append("<tr>").append(cell("subject", fact.subject()));
      for (String column : columns) {
        out.append(cell(column, value(fact.data().get(column))));
      }
      out.append(Html.cellHtml("evidence", "<code>" + escape(fact.id()) + "</code>"));
      out.append("</tr>\n");
    }
    return out.append("</tbody></table></div>\n").toString();
  }

  /** The preferred columns the facts have; else the first scalar fields of their data. */
  private static List<String> columns(List<Fact> facts) {
    Set<String> present = new LinkedHashSet<>();
    for (Fact fact : facts) {
      if (fact.data() != null && fact.data().isObject()) {
        fact.data().properties().stream()
            .filter(p -> p.getValue().isValueNode())
            .forEach(p -> present.add(p.getKey()));
      }
    }
    List<String> preferred = PREFERRED.stream().filter(present::contains).toList();
    return preferred.isEmpty() ? present.stream().limit(FALLBACK_COLUMNS).toList() : preferred;
  }

  private static String value(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "-";
    }
    return node.isString() ? node.asString() : node.toString();
  }
}
