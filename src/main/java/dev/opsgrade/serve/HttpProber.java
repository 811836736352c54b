package dev.opsgrade.serve;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/** A minimal GET probe on the JDK client: no redirects followed, the body discarded. */
public final class HttpProber implements Prober {
  private final HttpClient client;

  public HttpProber(Duration connectTimeout) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            // HTTP/2 would send an h2c upgrade on every plain-http probe; targets speak 1.1.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public ProbeResult probe(Monitor monitor, Duration deadline) throws InterruptedException {
    long start = System.nanoTime();
    HttpRequest request = HttpRequest.newBuilder(monitor.url()).timeout(deadline).GET().build();
    try {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      Duration latency = Duration.ofNanos(System.nanoTime() - start);
      int status = response.statusCode();
      if (monitor.expectedStatus().contains(status)) {
        return ProbeResult.up(status / 100, latency);
      }
      return new ProbeResult(
          false,
          status / 100,
          latency,
          "status",
          "status " + status + ", expected " + monitor.expectedStatus());
    } catch (HttpTimeoutException e) {
      return ProbeResult.noAnswer(
          since(start),
          "timeout",
          "no answer from " + monitor.url() + " within " + deadline.toMillis() + " ms");
    } catch (IOException e) {
      return ProbeResult.noAnswer(
          since(start),
          failureOf(e),
          monitor.url() + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** The kind of a connection failure, looking through the client's wrapping. */
  static String failureOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "dns_failure";
      }
      if (t instanceof NoRouteToHostException
          || (t.getMessage() != null && t.getMessage().contains("Network is unreachable"))) {
        return "network_unreachable";
      }
      if (t instanceof ConnectException
          && t.getMessage() != null
          && t.getMessage().contains("refused")) {
        return "refused";
      }
    }
    return "connection_error";
  }
}
