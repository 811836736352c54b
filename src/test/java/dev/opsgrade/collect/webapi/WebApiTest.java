package dev.opsgrade.collect.webapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.opsgrade.collect.testing.FixtureServer;
import dev.opsgrade.collect.testing.FixtureServer.Response;
import dev.opsgrade.collect.testing.FreePort;
import dev.opsgrade.model.CollectorRun;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A monitored system that is down, slow, hostile or lying is a failure with URL and reason. */
class WebApiTest {
  static final String SECRET = "Bearer s3cr3t-token-value";
  final FixtureServer server = new FixtureServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aHugeBodyIsCutOffAtTheCap() {
    byte[] huge = new byte[3 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'x');
    server.route("/huge", r -> new Response(200, "application/json", huge, Map.of()));

    WebApiFailure failure = fail(api(Duration.ofSeconds(5)).withMaxBytes(1024 * 1024), "/huge");

    assertThat(failure.kind()).isEqualTo(WebApiFailure.Kind.TOO_LARGE);
    assertThat(failure.getMessage())
        .isEqualTo(server.url() + "/huge: body larger than 1048576 bytes");
  }

  @Test
  void aRedirectIsNotFollowedButNamed() {
    server.route("/loop", r -> Response.redirect(server.url() + "/loop"));
    server.route("/login", r -> Response.redirect("https://user:pw@auth.example.net/?rd=x"));

    assertThat(fail(api(Duration.ofSeconds(5)), "/loop").getMessage())
        .isEqualTo(server.url() + "/loop: redirected (HTTP 302) to " + server.url() + "/loop");
    assertThat(fail(api(Duration.ofSeconds(5)), "/login").getMessage())
        .endsWith("redirected (HTTP 302) to https://auth.example.net/?rd=x");
  }

  @Test
  void aSlowServerTimesOut() {
    server.route(
        "/slow",
        r -> {
          try {
            Thread.sleep(2000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return Response.json(200, "{}");
        });

    WebApiFailure failure = fail(api(Duration.ofMillis(300)), "/slow");

    assertThat(failure.kind()).isEqualTo(WebApiFailure.Kind.TIMEOUT);
    assertThat(failure.outcome()).isEqualTo(CollectorRun.Outcome.TIMED_OUT);
    // on a loaded machine even connecting may take longer than 300 ms: either deadline counts
    assertThat(failure.getMessage())
        .startsWith(server.url() + "/slow: no ")
        .endsWith("within 300 ms");
  }

  @Test
  void tlsAnsweredInPlainTextFails() throws Exception {
    try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread answer =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try (Socket socket = plain.accept()) {
                      // as a plain HTTP server does: read the ClientHello, answer 400, close
                      socket.getInputStream().read(new byte[4096]);
                      socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
                    } catch (IOException closed) {
                      // the test is over
                    }
                  });
      String url = "https://127.0.0.1:" + plain.getLocalPort();

      WebApiFailure failure = fail(WebApi.of(url, Duration.ofSeconds(10)), "/api");

      answer.join(2000);
      assertThat(failure.systemUnreachable()).isTrue();
      // The JDK's HttpClient usually fails the handshake on the plain-text answer ("TLS failed"),
      // but now and then (about one run in five here) it waits out its connect timeout instead:
      // then the message still says the port answered but spoke no TLS.
      assertThat(failure.getMessage())
          .satisfiesAnyOf(
              message -> assertThat(message).startsWith(url + "/api: TLS failed"),
              message ->
                  assertThat(message)
                      .startsWith(url + "/api: connected, but no TLS handshake within 10 s"));
    }
  }

  @Test
  void aPortThatAcceptsButNeverSpeaksTlsIsToldFromAHostThatDoesNotAnswer() throws Exception {
    // the backlog accepts the connections; nothing ever reads or answers the ClientHello
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      String url = "https://127.0.0.1:" + silent.getLocalPort();
      WebApiFailure failure = fail(WebApi.of(url, Duration.ofSeconds(2)), "/api");
      assertThat(failure.kind()).isEqualTo(WebApiFailure.Kind.TIMEOUT);
      assertThat(failure.getMessage())
          .isEqualTo(
              url + "/api: connected, but no TLS handshake within 2 s (does the port speak TLS?)");
    }
  }

  @Test
  void garbageAndErrorsNameTheUrlWithoutTheToken() {
    server.route("/garbage", r -> Response.text(200, "\u0000\u0001 not json " + SECRET));
    server.route(
        "/denied", r -> Response.json(403, "{\"message\":\"token " + SECRET + " denied\"}"));
    assertThat(fail(withToken(), "/garbage").getMessage())
        .startsWith(server.url() + "/garbage: answered with a body that is not JSON")
        .doesNotContain("s3cr3t-token-value");
    assertThat(fail(withToken(), "/denied").getMessage())
        .startsWith(server.url() + "/denied: HTTP 403")
        .doesNotContain("s3cr3t-token-value");
  }

  @Test
  void aClosedPortOrABadUrlIsUnreachable() {
    String closed = "http://127.0.0.1:" + FreePort.pick();
    WebApiFailure down = fail(WebApi.of(closed, Duration.ofSeconds(2)), "/api/v1/targets");
    assertThat(down.getMessage()).startsWith(closed + "/api/v1/targets: cannot connect");
    assertThat(down.systemUnreachable()).isTrue();

    WebApiFailure bad = fail(WebApi.of("ftp://user:pw@host", Duration.ofSeconds(2)), "/x");
    assertThat(bad.getMessage()).isEqualTo("ftp://host/x: not an http(s) URL");
  }

  @Test
  void userInfoInAConfiguredUrlIsNeverRepeated() {
    assertThat(UrlText.withoutUserInfo("http://admin:hunter2@prometheus:9090/api"))
        .isEqualTo("http://prometheus:9090/api");
    assertThat(UrlText.withoutUserInfo("http://prometheus:9090/a@b"))
        .isEqualTo("http://prometheus:9090/a@b");
    assertThat("x".getBytes(StandardCharsets.UTF_8)).hasSize(1);
  }

  private WebApi withToken() {
    return api(Duration.ofSeconds(5)).withHeader("Authorization", SECRET);
  }

  private WebApi api(Duration timeout) {
    return WebApi.of(server.url(), timeout);
  }

  private static WebApiFailure fail(WebApi api, String path) {
    try (api) {
      return catchThrowableOfType(WebApiFailure.class, () -> api.getJson(path));
    }
  }
}
