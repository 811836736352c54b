package dev.opsgrade.collect.grafana;

import static dev.opsgrade.collect.webapi.JsonFields.text;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.webapi.JsonFields;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.collect.webapi.WebApiFailure;
import dev.opsgrade.model.Location;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Every datasource and Grafana's health check of it (/api/datasources/uid/&lt;uid&gt;/health): 200
 * {"status": "OK"}, 400 {"status": "ERROR", "message"}, or no health check for its plugin.
 */
final class GrafanaDatasources {
  private GrafanaDatasources() {}

  static void read(JsonNode list, WebApi api, CollectContext context) {
    for (JsonNode datasource : JsonFields.elements(list)) {
      String uid = text(datasource, "uid", "");
      String name = text(datasource, "name", uid);
      String path =
          "/api/datasources/uid/" + URLEncoder.encode(uid, StandardCharsets.UTF_8) + "/health";
      Health health =
          uid.isEmpty() ? new Health("UNREAD", "no uid", Optional.empty()) : health(api, path);
      context.fact(
          name,
          Location.url(api.url(path)),
          new GrafanaDatasource(
              uid,
              name,
              text(datasource, "type", "?"),
              JsonFields.bool(datasource, "isDefault").orElse(false),
              health.status(),
              health.message(),
              health.httpStatus()));
    }
  }

  private record Health(String status, String message, Optional<Integer> httpStatus) {}

  private static Health health(WebApi api, String path) {
    WebApi.Answer answer;
    try {
      answer = api.fetch(path);
    } catch (WebApiFailure failure) {
      return new Health(GrafanaDatasource.UNREAD, failure.getMessage(), Optional.empty());
    }
    Optional<Integer> status = Optional.of(answer.status());
    Optional<JsonNode> body = json(api, path, answer.body());
    String message = body.flatMap(b -> text(b, "message")).orElse("").strip();
    String reported = body.flatMap(b -> text(b, "status")).orElse("");
    if (answer.status() == 200 && reported.equalsIgnoreCase("OK")) {
      return new Health(GrafanaDatasource.OK, message, status);
    }
    if (reported.equalsIgnoreCase("ERROR")) {
      return new Health(GrafanaDatasource.ERROR, message, status);
    }
    if (answer.status() == 404 || reported.equalsIgnoreCase("UNKNOWN")) {
      return new Health(GrafanaDatasource.UNKNOWN, message, status);
    }
    String why = "HTTP " + answer.status() + (message.isEmpty() ? "" : ": " + message);
    return new Health(GrafanaDatasource.UNREAD, api.url(path) + ": " + why, status);
  }

  private static Optional<JsonNode> json(WebApi api, String path, String body) {
    try {
      return Optional.of(api.json(path, body));
    } catch (WebApiFailure notJson) {
      // a health answer that is not JSON is judged by its HTTP status alone
      return Optional.empty();
    }
  }
}
