package dev.opsgrade.collect.grafana;

import static dev.opsgrade.collect.webapi.JsonFields.array;
import static dev.opsgrade.collect.webapi.JsonFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads Grafana's dashboard model: panels (also those nested in rows, and the rows of old schema
 * versions), the datasource each panel and each query names, and the dashboard's datasource
 * variables.
 */
final class GrafanaAnswers {
  private GrafanaAnswers() {}

  /** A search hit: enough to load the dashboard and name it. */
  record Hit(String uid, String title, String folder) {}

  static List<Hit> hits(JsonNode search) {
    List<Hit> out = new ArrayList<>();
    for (JsonNode hit : dev.opsgrade.collect.webapi.JsonFields.elements(search)) {
      if (text(hit, "type", "dash-db").equals("dash-db") && text(hit, "uid").isPresent()) {
        out.add(
            new Hit(
                text(hit, "uid", ""),
                text(hit, "title", "(untitled)"),
                text(hit, "folderTitle", "General")));
      }
    }
    return out;
  }

  static GrafanaDashboard dashboard(Hit hit, JsonNode answer) {
    JsonNode model = answer.path("dashboard");
    List<JsonNode> panels = new ArrayList<>();
    collect(array(model, "panels"), panels);
    for (JsonNode row : array(model, "rows")) {
      collect(array(row, "panels"), panels);
    }
    List<GrafanaDashboard.PanelDatasource> references = new ArrayList<>();
    for (JsonNode panel : panels) {
      int id = panel.path("id").asInt(0);
      String title = text(panel, "title", "(untitled)");
      Optional<String> own = reference(panel.path("datasource"));
      own.ifPresent(r -> references.add(new GrafanaDashboard.PanelDatasource(id, title, r)));
      for (JsonNode target : array(panel, "targets")) {
        reference(target.path("datasource"))
            .filter(r -> own.isEmpty() || !own.get().equals(r))
            .ifPresent(r -> references.add(new GrafanaDashboard.PanelDatasource(id, title, r)));
      }
    }
    List<String> variables = new ArrayList<>();
    for (JsonNode variable : array(model.path("templating"), "list")) {
      if (text(variable, "type", "").equals("datasource")) {
        text(variable, "name").ifPresent(variables::add);
      }
    }
    String folder = text(answer.path("meta"), "folderTitle", hit.folder());
    return new GrafanaDashboard(
        hit.uid(),
        text(model, "title", hit.title()),
        folder,
        true,
        Optional.empty(),
        panels.size(),
        references.stream().distinct().toList(),
        variables);
  }

  static GrafanaDashboard notLoaded(Hit hit, String reason) {
    return new GrafanaDashboard(
        hit.uid(), hit.title(), hit.folder(), false, Optional.of(reason), 0, List.of(), List.of());
  }

  /** Leaf panels; a row's nested panels count, the row itself does not. */
  private static void collect(List<JsonNode> panels, List<JsonNode> out) {
    for (JsonNode panel : panels) {
      if (text(panel, "type", "").equals("row")) {
        collect(array(panel, "panels"), out);
      } else {
        out.add(panel);
      }
    }
  }

  /** A name or uid as written; nothing for the default datasource (null, or a type only). */
  private static Optional<String> reference(JsonNode datasource) {
    if (datasource.isString()) {
      return Optional.of(datasource.asString()).filter(s -> !s.isBlank());
    }
    if (datasource.isObject()) {
      return text(datasource, "uid").filter(s -> !s.isBlank());
    }
    return Optional.empty();
  }
}
