package dev.opsgrade.serve.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP receiver on a free loopback port: records every request (path, headers, body) and
 * answers {@code status} after {@code delay}.
 */
final class Receiver implements AutoCloseable {
  record Request(String method, String path, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().getFirst())
          .findFirst()
          .orElse(null);
    }
  }

  final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
  private final HttpServer server;
  private volatile int status;
  private volatile Duration delay;

  Receiver(int status, Duration delay) throws IOException {
    this.status = status;
    this.delay = delay;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new Request(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().toString(),
                  Map.copyOf(exchange.getRequestHeaders()),
                  body));
          try {
            Thread.sleep(this.delay);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(this.status, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void answer(int status) {
    this.status = status;
  }

  /** The next request, waiting up to a minute (a loaded machine is slow, never this slow). */
  Request next() throws InterruptedException {
    Request request = received.poll(60, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no request reached " + url() + " within 60 s");
    }
    return request;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
