package dev.opsgrade.serve.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The POST every notifier makes: bounded in time, a non-2xx answer is a failure. */
final class Http {
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  /**
   * Posts {@code body}; {@code headers} alternate names and values. Errors name {@code where},
   * never the headers (they may hold a token).
   */
  static void post(URI uri, String where, String contentType, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> response;
    try {
      response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IOException(where + ": " + e.getClass().getSimpleName());
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException(where + " answered HTTP " + response.statusCode());
    }
  }

  /** scheme://host:port/path of a URL, without user info or query (where a token could hide). */
  static String display(URI uri) {
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + (uri.getPath() == null ? "" : uri.getPath());
  }

  static URI join(String base, String path) {
    return URI.create(base.replaceAll("/+$", "") + path);
  }
}
