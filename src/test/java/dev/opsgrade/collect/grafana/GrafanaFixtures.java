package dev.opsgrade.collect.grafana;

import dev.opsgrade.collect.testing.FixtureServer;
import dev.opsgrade.collect.testing.FixtureServer.Response;
import dev.opsgrade.model.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local Grafana replaying real response bodies (fixtures/grafana, from a Grafana 8.0.6 instance):
 * two dashboards found by search, two PostgreSQL datasources, one healthy and one refusing
 * connections. Tests change single answers to make the broken cases.
 */
final class GrafanaFixtures {
  static final String TOKEN = "glsa_0123456789abcdefTOKEN";
  static final String GENERAL_UID = "HzK8qNW7z";
  static final String FOLDER_UID = "5WsKOvW7z";

  private GrafanaFixtures() {}

  static FixtureServer healthy() {
    return new FixtureServer()
        .requireHeader("Authorization", "Bearer " + TOKEN)
        .file("/api/health", "grafana/api-health.json")
        .file("/api/search", "grafana/api-search.json")
        .file(
            "/api/dashboards/uid/" + GENERAL_UID, "grafana/api-dashboards-uid-general-folder.json")
        .file("/api/dashboards/uid/" + FOLDER_UID, "grafana/api-dashboards-uid-in-folder.json")
        .file("/api/datasources", "grafana/api-datasources.json")
        .file("/api/datasources/uid/Dkd9hvWnz/health", "grafana/datasource-health-ok.json")
        .route(
            "/api/datasources/uid/Pa4J0vZnk/health",
            r ->
                Response.json(
                    400, FixtureServer.Fixtures.read("grafana/datasource-health-error.json")));
  }

  /** The datasource list without its second entry (PostgreSQL-1 deleted). */
  static String datasourcesWithoutSecond() {
    ArrayNode list =
        (ArrayNode)
            Json.mapper().readTree(FixtureServer.Fixtures.read("grafana/api-datasources.json"));
    list.remove(1);
    return list.toString();
  }

  /**
   * Traefik's published dashboard as Grafana serves it by uid: its model under "dashboard", with a
   * meta block like the recorded ones; {@code withVariable} false drops the DS_PROMETHEUS variable,
   * as when the dashboard JSON is posted without resolving its __inputs.
   */
  static String traefikByUid(boolean withVariable) {
    ObjectNode model =
        (ObjectNode)
            Json.mapper()
                .readTree(FixtureServer.Fixtures.read("grafana/dashboard-traefik-official.json"));
    if (!withVariable) {
      ArrayNode variables = (ArrayNode) model.path("templating").path("list");
      for (int i = variables.size() - 1; i >= 0; i--) {
        if (variables.get(i).path("name").asString("").equals("DS_PROMETHEUS")) {
          variables.remove(i);
        }
      }
    }
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.putObject("meta").put("folderTitle", "General").put("slug", "traefik");
    answer.set("dashboard", model);
    return answer.toString();
  }

  static String traefikHit() {
    JsonNode hit =
        Json.mapper()
            .readTree(
                "[{\"id\":7,\"uid\":\"n5bu_kv45\",\"title\":\"Traefik Official Standalone Dashboard\","
                    + "\"type\":\"dash-db\",\"tags\":[],\"isStarred\":false}]");
    return hit.toString();
  }
}
