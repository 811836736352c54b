package dev.opsgrade.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real HTTP targets on a free loopback port: /up answers 200, /flaky answers 500 to every third
 * request and 200 otherwise (counting what it served), /slow answers 200 after 200 ms, /hang never
 * answers until the server stops.
 */
final class LoopbackTargets implements AutoCloseable {
  final AtomicInteger flakyOk = new AtomicInteger();
  final AtomicInteger flakyFailed = new AtomicInteger();
  private final AtomicInteger flakyRequests = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private final HttpServer server;

  LoopbackTargets() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/up", exchange -> answer(exchange, 200));
    server.createContext(
        "/flaky",
        exchange -> {
          boolean fail = flakyRequests.incrementAndGet() % 3 == 0;
          answer(exchange, fail ? 500 : 200);
          (fail ? flakyFailed : flakyOk).incrementAndGet();
        });
    server.createContext(
        "/slow",
        exchange -> {
          sleep(200);
          answer(exchange, 200);
        });
    server.createContext(
        "/hang",
        exchange -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    server.start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    byte[] body = ("status " + status + "\n").getBytes();
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }
}
