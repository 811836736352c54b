package dev.opsgrade.serve;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** A minimal GET probe on the JDK client: no redirects followed, the body discarded. */
public final class HttpProber implements Prober {
  private final HttpClient client;

  public HttpProber(Duration connectTimeout) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
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
      boolean ok = monitor.expectedStatus().contains(status);
      return new ProbeResult(
          ok,
          status / 100,
          latency,
          ok ? "" : "status " + status + ", expected " + monitor.expectedStatus());
    } catch (HttpTimeoutException e) {
      return ProbeResult.noAnswer(
          Duration.ofNanos(System.nanoTime() - start),
          "no answer from " + monitor.url() + " within " + deadline.toMillis() + " ms");
    } catch (IOException e) {
      return ProbeResult.noAnswer(
          Duration.ofNanos(System.nanoTime() - start),
          monitor.url() + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }
}
