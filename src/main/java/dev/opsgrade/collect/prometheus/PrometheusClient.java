package dev.opsgrade.collect.prometheus;

import dev.opsgrade.collect.webapi.JsonFields;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.collect.webapi.WebApiFailure;
import tools.jackson.databind.JsonNode;

/**
 * Prometheus's HTTP API (/api/v1): every answer is an envelope {"status": "success", "data": ...}
 * or {"status": "error", "errorType", "error"}; an error envelope or a body without the envelope is
 * a failure naming the URL.
 */
final class PrometheusClient {
  static final String TARGETS = "/api/v1/targets";
  static final String RULES = "/api/v1/rules";
  static final String ALERTS = "/api/v1/alerts";
  static final String BUILD_INFO = "/api/v1/status/buildinfo";
  static final String FLAGS = "/api/v1/status/flags";
  static final String RUNTIME = "/api/v1/status/runtimeinfo";

  private final WebApi api;

  PrometheusClient(WebApi api) {
    this.api = api;
  }

  JsonNode data(String path) throws WebApiFailure {
    JsonNode answer = api.getJson(path);
    String status = JsonFields.text(answer, "status", "");
    if (status.equals("error")) {
      throw WebApiFailure.unexpected(
          api.url(path),
          "Prometheus answered an error: "
              + JsonFields.text(answer, "errorType", "?")
              + ": "
              + JsonFields.text(answer, "error", "?"));
    }
    if (!status.equals("success") || !answer.has("data")) {
      throw WebApiFailure.unexpected(
          api.url(path), "not a Prometheus API answer (no status success with data)");
    }
    return answer.path("data");
  }

  String url(String path) {
    return api.url(path);
  }
}
