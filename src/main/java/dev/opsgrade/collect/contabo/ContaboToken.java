package dev.opsgrade.collect.contabo;

import dev.opsgrade.collect.webapi.JsonFields;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.collect.webapi.WebApiFailure;
import dev.opsgrade.collect.webapi.WebApiFailure.Kind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * An OAuth2 access token from Contabo's token endpoint (Keycloak, password grant: client id and
 * secret, API user and password). It is kept until shortly before it expires, then a new one is
 * asked for; a token the API refuses early is dropped and asked for again once.
 */
final class ContaboToken {
  /** How long before its stated expiry a token is no longer used (at most half its life). */
  private static final Duration MARGIN = Duration.ofSeconds(30);

  private final WebApi auth;
  private final Credentials credentials;
  private final Clock clock;
  private final Scrubber scrubber;
  private Optional<String> token = Optional.empty();
  private Instant renewAt = Instant.MIN;

  record Credentials(String clientId, String clientSecret, String user, String password) {}

  ContaboToken(WebApi auth, Credentials credentials, Clock clock, Scrubber scrubber) {
    this.auth = auth;
    this.credentials = credentials;
    this.clock = clock;
    this.scrubber = scrubber;
  }

  /** A token that has not expired, asking for a new one when needed. */
  synchronized String bearer() throws WebApiFailure {
    if (token.isEmpty() || !clock.instant().isBefore(renewAt)) {
      token = Optional.of(request());
    }
    return token.get();
  }

  /** Forgets the token (the API refused it before its stated expiry). */
  synchronized void drop() {
    token = Optional.empty();
  }

  private String request() throws WebApiFailure {
    Instant asked = clock.instant();
    WebApi.Answer answer;
    try {
      answer =
          auth.send(
              "POST",
              "",
              Map.of(),
              Optional.of(new WebApi.Body("application/x-www-form-urlencoded", form())));
    } catch (WebApiFailure failure) {
      throw scrubber.scrub(failure);
    }
    if (answer.status() != 200) {
      throw new WebApiFailure(
          Kind.HTTP_STATUS,
          auth.url(""),
          "the token endpoint refused the credentials (HTTP "
              + answer.status()
              + refusal(answer.body())
              + ")",
          Optional.of(answer.status()));
    }
    JsonNode body;
    try {
      body = auth.json("", answer.body());
    } catch (WebApiFailure failure) {
      throw scrubber.scrub(failure);
    }
    Optional<String> access = JsonFields.text(body, "access_token").filter(t -> !t.isBlank());
    if (access.isEmpty()) {
      throw WebApiFailure.unexpected(
          auth.url(""), "the token endpoint answered without an access_token");
    }
    scrubber.add(access.get());
    JsonFields.text(body, "refresh_token").ifPresent(scrubber::add);
    long lifetime = JsonFields.number(body, "expires_in").map(Double::longValue).orElse(0L);
    Duration margin =
        MARGIN.compareTo(Duration.ofSeconds(lifetime / 2)) < 0
            ? MARGIN
            : Duration.ofSeconds(lifetime / 2);
    renewAt = asked.plusSeconds(lifetime).minus(margin);
    return access.get();
  }

  /** Keycloak's error and error_description, scrubbed; never the request. */
  private String refusal(String body) {
    try {
      JsonNode error = auth.json("", body);
      String code = JsonFields.text(error, "error", "");
      String description = JsonFields.text(error, "error_description", "");
      String text = (code + (description.isEmpty() ? "" : ": " + description)).strip();
      return text.isEmpty() ? "" : ": " + scrubber.scrub(text);
    } catch (WebApiFailure notJson) {
      return body.isBlank() ? "" : ": " + scrubber.excerpt(body);
    }
  }

  private String form() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("grant_type", "password");
    fields.put("client_id", credentials.clientId());
    fields.put("client_secret", credentials.clientSecret());
    fields.put("username", credentials.user());
    fields.put("password", credentials.password());
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
