package dev.opsgrade.collect.webapi;

import dev.opsgrade.collect.webapi.WebApiFailure.Kind;
import dev.opsgrade.model.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A JSON-over-HTTP API of a monitored system, on the JDK HttpClient: every request has a deadline
 * for connecting and for the whole answer, bodies are read up to a cap, redirects are not followed
 * (an API that redirects is usually behind a login portal, which is worth saying), and every
 * failure names the URL and the reason. Header values (tokens) never appear in a failure.
 */
public final class WebApi implements AutoCloseable {
  public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

  private final String base;
  private final Duration timeout;
  private final long maxBytes;
  private final Map<String, String> headers;
  private final HttpClient client;

  private WebApi(String base, Duration timeout, long maxBytes, Map<String, String> headers) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.headers = Map.copyOf(headers);
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public static WebApi of(String baseUrl, Duration timeout) {
    return new WebApi(baseUrl, timeout, DEFAULT_MAX_BYTES, Map.of());
  }

  /** The same API with one more request header (a token: kept out of every message). */
  public WebApi withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    client.shutdownNow();
    return new WebApi(base, timeout, maxBytes, more);
  }

  public WebApi withMaxBytes(long cap) {
    client.shutdownNow();
    return new WebApi(base, timeout, cap, headers);
  }

  /** The URL of a path, as reports show it (no user info). */
  public String url(String path) {
    return UrlText.withoutUserInfo(base + path);
  }

  public Duration timeout() {
    return timeout;
  }

  public JsonNode getJson(String path) throws WebApiFailure {
    return json(path, get(path));
  }

  public String getText(String path) throws WebApiFailure {
    return get(path);
  }

  /** POSTs a JSON body; returns the answer's text (empty for an empty answer). */
  public String postJson(String path, String body) throws WebApiFailure {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return send(path, request);
  }

  public JsonNode json(String path, String text) throws WebApiFailure {
    try {
      JsonNode node = Json.mapper().readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new WebApiFailure(Kind.NOT_JSON, url(path), "empty body", Optional.empty());
      }
      return node;
    } catch (JacksonException e) {
      throw new WebApiFailure(
          Kind.NOT_JSON,
          url(path),
          "answered with a body that is not JSON: " + excerpt(text),
          Optional.empty());
    }
  }

  private String get(String path) throws WebApiFailure {
    return send(path, request(path).GET());
  }

  /** An answer whatever its status (only 2xx..5xx; redirects and transport problems throw). */
  public record Answer(int status, String body) {}

  /** GETs a path and returns the answer with its status, for APIs whose errors carry data. */
  public Answer fetch(String path) throws WebApiFailure {
    HttpResponse<byte[]> response = exchange(path, request(path).GET());
    return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
  }

  /**
   * Sends one request with headers of its own (a bearer token, a request id) and an optional body
   * of the given content type; answers whatever the status. The caller keeps those header values
   * and the body out of its own messages: only transport failures are described here, and they
   * never quote a header or the body.
   */
  public Answer send(
      String method, String path, Map<String, String> ownHeaders, Optional<Body> body)
      throws WebApiFailure {
    HttpRequest.Builder request = request(path);
    ownHeaders.forEach(request::header);
    if (body.isPresent()) {
      request
          .header("Content-Type", body.get().contentType())
          .method(
              method,
              HttpRequest.BodyPublishers.ofString(body.get().text(), StandardCharsets.UTF_8));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<byte[]> response = exchange(path, request);
    return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
  }

  /** A request body and its content type. */
  public record Body(String contentType, String text) {}

  private HttpRequest.Builder request(String path) throws WebApiFailure {
    URI uri;
    try {
      uri = new URI(base + path);
    } catch (URISyntaxException e) {
      throw new WebApiFailure(Kind.BAD_URL, url(path), "not a valid URL", Optional.empty());
    }
    String scheme = Optional.ofNullable(uri.getScheme()).orElse("");
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new WebApiFailure(Kind.BAD_URL, url(path), "not an http(s) URL", Optional.empty());
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
    headers.forEach(request::header);
    return request;
  }

  private String send(String path, HttpRequest.Builder request) throws WebApiFailure {
    HttpResponse<byte[]> response = exchange(path, request);
    String text = new String(response.body(), StandardCharsets.UTF_8);
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      String body = text.isBlank() ? "" : ": " + excerpt(text);
      throw new WebApiFailure(
          Kind.HTTP_STATUS, url(path), "HTTP " + status + body, Optional.of(status));
    }
    return text;
  }

  private HttpResponse<byte[]> exchange(String path, HttpRequest.Builder request)
      throws WebApiFailure {
    CompletableFuture<HttpResponse<byte[]>> answer =
        client.sendAsync(request.build(), info -> new CappedBody(maxBytes));
    HttpResponse<byte[]> response;
    try {
      response = answer.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw failure(
          Kind.TIMEOUT, path, "no complete answer within " + limit(timeout.multipliedBy(2)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer.cancel(true);
      throw failure(Kind.TIMEOUT, path, "interrupted while waiting for the answer");
    } catch (ExecutionException e) {
      throw Failures.of(this, path, e.getCause());
    }
    int status = response.statusCode();
    if (status >= 300 && status < 400) {
      String to = response.headers().firstValue("Location").orElse("nowhere");
      throw new WebApiFailure(
          Kind.REDIRECT,
          url(path),
          "redirected (HTTP " + status + ") to " + scrub(UrlText.withoutUserInfo(to)),
          Optional.of(status));
    }
    return response;
  }

  WebApiFailure failure(Kind kind, String path, String reason) {
    return new WebApiFailure(kind, url(path), scrub(reason), Optional.empty());
  }

  /** The deadline as reports say it: "5 s", or "300 ms" below a second. */
  String limit() {
    return limit(timeout);
  }

  private static String limit(Duration deadline) {
    return deadline.toMillis() < 1000 ? deadline.toMillis() + " ms" : deadline.toSeconds() + " s";
  }

  long maxBytes() {
    return maxBytes;
  }

  /**
   * Whether a plain TCP connection to the API's host and port opens within a short wait: after the
   * client's connect timeout on https, it tells a TLS handshake that never completed (a plain HTTP
   * port, say) from a host that does not answer at all.
   */
  boolean tcpConnects() {
    URI uri = URI.create(base);
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    Duration wait = timeout.compareTo(Duration.ofSeconds(2)) < 0 ? timeout : Duration.ofSeconds(2);
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(uri.getHost(), port), (int) wait.toMillis());
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  boolean isHttps() {
    return base.startsWith("https:");
  }

  /** A short single-line excerpt of an answer, with our own header values taken out. */
  String excerpt(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    String cut = line.length() > 160 ? line.substring(0, 160) + "..." : line;
    return scrub(cut);
  }

  private String scrub(String text) {
    String out = text;
    for (String value : headers.values()) {
      for (String part : value.split(" ")) {
        if (part.length() >= 6) {
          out = out.replace(part, "[secret]");
        }
      }
    }
    return out;
  }

  @Override
  public void close() {
    client.shutdownNow();
  }
}
