package dev.opsgrade.collect.contabo;

import static dev.opsgrade.collect.webapi.JsonFields.text;

import dev.opsgrade.collect.snapshots.ProviderInstance;
import dev.opsgrade.collect.snapshots.ProviderSnapshot;
import dev.opsgrade.collect.webapi.JsonFields;
import dev.opsgrade.collect.webapi.WebApiFailure;
import dev.opsgrade.model.Json;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads Contabo's answers in the shapes its API reference documents: {@code data} (an array),
 * {@code _pagination} (an object: size, totalElements, totalPages, page), and on errors {@code
 * statusCode} and {@code message}.
 */
final class ContaboAnswers {
  private ContaboAnswers() {}

  static List<JsonNode> data(JsonNode body, String url) throws WebApiFailure {
    JsonNode data = body.path("data");
    if (!data.isArray()) {
      throw WebApiFailure.unexpected(url, "the answer has no data array");
    }
    return JsonFields.elements(data);
  }

  /** _pagination.totalPages; an answer without pagination is one page. */
  static int totalPages(JsonNode body, String url) throws WebApiFailure {
    JsonNode pagination = body.path("_pagination");
    if (pagination.isMissingNode() || pagination.isNull()) {
      return 1;
    }
    if (!pagination.isObject()) {
      throw WebApiFailure.unexpected(url, "_pagination is not an object");
    }
    JsonNode total = pagination.path("totalPages");
    return total.isIntegralNumber() ? Math.max(1, total.intValue()) : 1;
  }

  static Optional<ProviderInstance> instance(JsonNode node) {
    return text(node, "instanceId")
        .map(
            id ->
                new ProviderInstance(
                    id,
                    text(node, "displayName")
                        .filter(n -> !n.isBlank())
                        .orElse(text(node, "name", "")),
                    text(node, "status", "unknown")));
  }

  static Optional<ProviderSnapshot> snapshot(JsonNode node) {
    return text(node, "snapshotId")
        .map(
            id ->
                new ProviderSnapshot(
                    id,
                    text(node, "name", ""),
                    text(node, "description", ""),
                    JsonFields.time(node, "createdDate"),
                    JsonFields.time(node, "autoDeleteDate")));
  }

  /** The message of an error envelope, if the body is one. */
  static Optional<String> message(String body) {
    try {
      JsonNode node = Json.mapper().readTree(body);
      return node == null ? Optional.empty() : text(node, "message").filter(m -> !m.isBlank());
    } catch (JacksonException e) {
      return Optional.empty(); // not an envelope: the caller quotes an excerpt instead
    }
  }
}
