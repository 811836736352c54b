package dev.opsgrade.collect.contabo;

import dev.opsgrade.collect.snapshots.ProviderInstance;
import dev.opsgrade.collect.snapshots.ProviderSnapshot;
import dev.opsgrade.collect.snapshots.SnapshotProvider;
import dev.opsgrade.collect.webapi.JsonFields;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.collect.webapi.WebApiFailure;
import dev.opsgrade.collect.webapi.WebApiFailure.Kind;
import dev.opsgrade.model.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Contabo's compute API (https://api.contabo.com/, reference at api.contabo.com): every request
 * carries the bearer token and a fresh x-request-id (a UUID4, which the API requires), lists are
 * read page by page as _pagination says, and every failure is scrubbed of the credentials.
 */
final class ContaboApi implements SnapshotProvider {
  static final String INSTANCES = "/v1/compute/instances";

  /** Pages asked for at once (the API's maximum page size is larger; this keeps bodies small). */
  static final int PAGE_SIZE = 100;

  /** A list longer than this many pages is an answer that does not end, not an account. */
  static final int MAX_PAGES = 50;

  private final WebApi api;
  private final ContaboToken token;
  private final Scrubber scrubber;

  ContaboApi(WebApi api, ContaboToken token, Scrubber scrubber) {
    this.api = api;
    this.token = token;
    this.scrubber = scrubber;
  }

  @Override
  public String name() {
    return ContaboCollector.NAME;
  }

  @Override
  public String instancesUrl() {
    return api.url(INSTANCES);
  }

  @Override
  public String snapshotsUrl(String instance) {
    return api.url(snapshotsPath(instance));
  }

  /** The snapshots URL of an instance under an API base URL, as reports show it. */
  static String snapshotsUrl(String apiUrl, String instance) {
    String base = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    return dev.opsgrade.collect.webapi.UrlText.withoutUserInfo(base + snapshotsPath(instance));
  }

  @Override
  public List<ProviderInstance> instances() throws WebApiFailure {
    List<ProviderInstance> out = new ArrayList<>();
    for (JsonNode node : list(INSTANCES)) {
      ContaboAnswers.instance(node).ifPresent(out::add);
    }
    return out;
  }

  @Override
  public List<ProviderSnapshot> snapshots(String instance) throws WebApiFailure {
    List<ProviderSnapshot> out = new ArrayList<>();
    for (JsonNode node : list(snapshotsPath(instance))) {
      ContaboAnswers.snapshot(node).ifPresent(out::add);
    }
    return out;
  }

  @Override
  public Optional<ProviderSnapshot> snapshot(String instance, String snapshotId)
      throws WebApiFailure {
    String path = snapshotsPath(instance) + "/" + snapshotId;
    WebApi.Answer answer = call("GET", path, Optional.empty());
    if (answer.status() == 404) {
      return Optional.empty();
    }
    JsonNode body = ok(path, answer);
    return JsonFields.array(body, "data").stream().findFirst().flatMap(ContaboAnswers::snapshot);
  }

  @Override
  public ProviderSnapshot create(String instance, String name, String description)
      throws WebApiFailure {
    String path = snapshotsPath(instance);
    Map<String, String> request = Map.of("name", name, "description", description);
    WebApi.Answer answer = call("POST", path, Optional.of(Json.write(request)));
    JsonNode body = ok(path, answer);
    return JsonFields.array(body, "data").stream()
        .findFirst()
        .flatMap(ContaboAnswers::snapshot)
        .orElseThrow(
            () ->
                WebApiFailure.unexpected(
                    api.url(path), "the API accepted the snapshot but named no snapshotId"));
  }

  /** Every element of a paginated list: page 1, then as many as _pagination.totalPages says. */
  private List<JsonNode> list(String path) throws WebApiFailure {
    List<JsonNode> out = new ArrayList<>();
    int pages = 1;
    for (int page = 1; page <= pages; page++) {
      String pagePath = path + "?page=" + page + "&size=" + PAGE_SIZE;
      JsonNode body = ok(pagePath, call("GET", pagePath, Optional.empty()));
      out.addAll(ContaboAnswers.data(body, api.url(pagePath)));
      pages = ContaboAnswers.totalPages(body, api.url(pagePath));
      if (pages > MAX_PAGES) {
        throw WebApiFailure.unexpected(
            api.url(path),
            "_pagination says " + pages + " pages; opsgrade reads at most " + MAX_PAGES);
      }
    }
    return out;
  }

  /** One request with the token; a 401 drops the token and tries once more with a new one. */
  private WebApi.Answer call(String method, String path, Optional<String> json)
      throws WebApiFailure {
    WebApi.Answer answer = once(method, path, json);
    if (answer.status() == 401) {
      token.drop();
      answer = once(method, path, json);
    }
    return answer;
  }

  private WebApi.Answer once(String method, String path, Optional<String> json)
      throws WebApiFailure {
    String bearer = token.bearer();
    Map<String, String> headers =
        Map.of("Authorization", "Bearer " + bearer, "x-request-id", UUID.randomUUID().toString());
    try {
      return api.send(
          method, path, headers, json.map(text -> new WebApi.Body("application/json", text)));
    } catch (WebApiFailure failure) {
      throw scrubber.scrub(failure);
    }
  }

  /** The JSON of a 2xx answer; any other status is a failure with the API's own message. */
  private JsonNode ok(String path, WebApi.Answer answer) throws WebApiFailure {
    int status = answer.status();
    if (status < 200 || status >= 300) {
      String body = answer.body();
      String detail =
          ContaboAnswers.message(body)
              .map(scrubber::scrub)
              .orElseGet(() -> body.isBlank() ? "" : scrubber.excerpt(body));
      String reason = "HTTP " + status + (detail.isEmpty() ? "" : ": " + detail);
      throw new WebApiFailure(
          Kind.HTTP_STATUS,
          api.url(path),
          status == 401 ? "the API refused the token, also a fresh one (" + reason + ")" : reason,
          Optional.of(status));
    }
    try {
      return api.json(path, answer.body());
    } catch (WebApiFailure failure) {
      throw scrubber.scrub(failure);
    }
  }

  private static String snapshotsPath(String instance) {
    return INSTANCES + "/" + instance + "/snapshots";
  }

  @Override
  public void close() {
    api.close();
  }
}
