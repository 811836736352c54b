package dev.opsgrade.serve.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client of the dashboard: no redirects followed, the session cookie kept by hand. */
final class Web {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(30))
          .build();
  private final DashboardFixture fixture;
  private Optional<String> cookie = Optional.empty();

  Web(DashboardFixture fixture) {
    this.fixture = fixture;
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET(), Map.of());
  }

  HttpResponse<String> get(String path, Map<String, String> headers) {
    return send(request(path).GET(), headers);
  }

  HttpResponse<String> post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        Map.of());
  }

  /** Logs in with the fixture's password; the session cookie is kept for later requests. */
  HttpResponse<String> login() {
    return login(DashboardFixture.PASSWORD);
  }

  HttpResponse<String> login(String password) {
    HttpResponse<String> response = post("/login", Map.of("password", password));
    response
        .headers()
        .firstValue("Set-Cookie")
        .filter(c -> c.startsWith(Sessions.COOKIE + "="))
        .ifPresent(c -> cookie = Optional.of(c.substring(0, c.indexOf(';'))));
    return response;
  }

  /** The CSRF token in a page's forms. */
  String csrf(String path) {
    Matcher matcher = CSRF.matcher(get(path).body());
    if (!matcher.find()) {
      throw new AssertionError(path + " has no form with a CSRF token");
    }
    return matcher.group(1);
  }

  static Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(fixture.uri("").toString() + path))
            .timeout(Duration.ofSeconds(60));
    cookie.ifPresent(c -> builder.header("Cookie", c));
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder, Map<String, String> headers) {
    headers.forEach(builder::header);
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
