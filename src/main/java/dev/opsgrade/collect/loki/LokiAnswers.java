package dev.opsgrade.collect.loki;

import dev.opsgrade.collect.webapi.JsonFields;
import dev.opsgrade.collect.webapi.WebApiFailure;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads a query_range answer: {"status": "success", "data": {"resultType": "streams", "result":
 * [{"stream": {labels}, "values": [["&lt;unix ns&gt;", "line"], ...]}]}}.
 */
final class LokiAnswers {
  private LokiAnswers() {}

  /** The newest line's time (empty when no stream has a line) and how many streams answered. */
  record Newest(Optional<Instant> line, int streams) {}

  static Newest newest(JsonNode answer, String url) throws WebApiFailure {
    if (!JsonFields.text(answer, "status", "").equals("success")) {
      throw WebApiFailure.unexpected(
          url, "Loki answered status " + JsonFields.text(answer, "status", "(none)"));
    }
    JsonNode data = answer.path("data");
    String type = JsonFields.text(data, "resultType", "");
    if (!type.equals("streams")) {
      throw WebApiFailure.unexpected(url, "expected resultType streams, got '" + type + "'");
    }
    List<JsonNode> streams = JsonFields.array(data, "result");
    Optional<Instant> newest = Optional.empty();
    for (JsonNode stream : streams) {
      for (JsonNode value : JsonFields.array(stream, "values")) {
        Optional<Instant> at = timestamp(value.path(0).asString(""));
        if (at.isPresent() && (newest.isEmpty() || at.get().isAfter(newest.get()))) {
          newest = at;
        }
      }
    }
    return new Newest(newest, streams.size());
  }

  private static Optional<Instant> timestamp(String nanos) {
    if (!nanos.matches("\\d{1,19}")) {
      return Optional.empty();
    }
    long value = Long.parseLong(nanos);
    return Optional.of(Instant.ofEpochSecond(value / 1_000_000_000L, value % 1_000_000_000L));
  }
}
