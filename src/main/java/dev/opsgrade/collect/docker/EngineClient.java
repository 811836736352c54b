package dev.opsgrade.collect.docker;

import dev.opsgrade.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;

/**
 * A small HTTP/1.1 client for the Engine API over any {@link Transport}: GET only (opsgrade never
 * changes an engine), kept-alive connections, a deadline per request that closes the stream when it
 * passes, and bodies bounded in size. The same code serves unix sockets, TLS and SSH channels.
 */
final class EngineClient implements AutoCloseable {
  private static final long MAX_JSON = 32L << 20;
  private static final int MAX_IDLE = 8;
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("opsgrade-docker-deadline").unstarted(r));

  private final Transport transport;
  private final Duration timeout;
  private final String where;
  private final Deque<Pipe> idle = new ArrayDeque<>();
  private int open;

  EngineClient(Transport transport, Duration timeout, String where) {
    this.transport = transport;
    this.timeout = timeout;
    this.where = where;
  }

  /** Thrown for 404: the object went away between listing and reading it. */
  static final class NotFound extends DockerFailure {
    NotFound(String reason) {
      super(reason);
    }
  }

  JsonNode get(String path) throws IOException {
    return exchange(path, timeout, MAX_JSON, body -> Json.mapper().readTree(body));
  }

  /** Streams a body of concatenated JSON values (the events endpoint) to the consumer. */
  void stream(String path, Duration within, long limit, Consumer<JsonNode> each)
      throws IOException {
    exchange(
        path,
        within,
        limit,
        body -> {
          try (MappingIterator<JsonNode> values =
              Json.mapper().readerFor(JsonNode.class).readValues(body)) {
            values.forEachRemaining(each);
          }
          return null;
        });
  }

  private interface BodyReader<T> {
    T read(InputStream body) throws IOException;
  }

  private <T> T exchange(String path, Duration within, long limit, BodyReader<T> reader)
      throws IOException {
    Optional<Pipe> reused = acquire(within, path);
    try {
      return exchangeOn(
          reused.isPresent() ? reused.get() : counted(within), path, within, limit, reader);
    } catch (java.io.EOFException e) {
      if (reused.isEmpty()) {
        throw e;
      }
      // a kept-alive connection the engine had closed meanwhile (already released): one fresh try
      synchronized (idle) {
        open++;
      }
      return exchangeOn(counted(within), path, within, limit, reader);
    }
  }

  /** Opens a connection already counted in {@code open}; uncounts it when opening fails. */
  private Pipe counted(Duration within) throws IOException {
    try {
      return transport.open(within);
    } catch (IOException | RuntimeException e) {
      forget();
      throw e;
    }
  }

  /** An idle connection, or leave to open one; waits while the transport's limit is reached. */
  private Optional<Pipe> acquire(Duration within, String path) throws DockerFailure {
    long end = System.nanoTime() + within.toNanos();
    synchronized (idle) {
      while (idle.isEmpty() && open >= transport.maxConnections()) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          throw new DockerFailure(
              "timeout: no free connection to " + where + " for GET " + path, true);
        }
        try {
          idle.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DockerFailure("interrupted", true);
        }
      }
      if (!idle.isEmpty()) {
        return Optional.of(idle.pollFirst());
      }
      open++;
      return Optional.empty();
    }
  }

  private void forget() {
    synchronized (idle) {
      open = Math.max(0, open - 1);
      idle.notifyAll();
    }
  }

  private <T> T exchangeOn(
      Pipe pipe, String path, Duration within, long limit, BodyReader<T> reader)
      throws IOException {
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> alarm =
        WATCHDOG.schedule(
            () -> {
              expired.set(true);
              pipe.close();
            },
            within.toMillis(),
            TimeUnit.MILLISECONDS);
    boolean keep = false;
    try {
      send(pipe.out(), path);
      HttpMessage head = HttpMessage.read(pipe.in());
      InputStream body = BodyStreams.of(head, pipe.in(), limit, "GET " + path);
      if (head.status() != 200) {
        throw failure(head, body, path);
      }
      T result = reader.read(body);
      BodyStreams.drain(body);
      keep = head.keepAlive();
      return result;
    } catch (IOException | JacksonException e) {
      if (expired.get()) {
        throw new DockerFailure(
            "timeout: GET " + path + " on " + where + " took longer than " + seconds(within), true);
      }
      throw e;
    } finally {
      alarm.cancel(false);
      release(pipe, keep && !expired.get());
    }
  }

  private void send(OutputStream out, String path) throws IOException {
    String request =
        "GET "
            + path
            + " HTTP/1.1\r\nHost: docker\r\nUser-Agent: opsgrade\r\nAccept: application/json\r\n\r\n";
    out.write(request.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private DockerFailure failure(HttpMessage head, InputStream body, String path)
      throws IOException {
    String message = "";
    try {
      JsonNode error = Json.mapper().readTree(body);
      message = error.path("message").asString("");
    } catch (JacksonException e) {
      message = "(no JSON error message)";
    }
    String reason = "GET " + path + " answered HTTP " + head.status() + ": " + message;
    if (head.status() == 404) {
      return new NotFound(reason);
    }
    return new DockerFailure(reason);
  }

  private void release(Pipe pipe, boolean keep) {
    if (keep) {
      synchronized (idle) {
        if (idle.size() < MAX_IDLE) {
          idle.addFirst(pipe);
          idle.notifyAll();
          return;
        }
      }
    }
    pipe.close();
    forget();
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }

  @Override
  public void close() {
    synchronized (idle) {
      idle.forEach(Pipe::close);
      idle.clear();
    }
    transport.close();
  }
}
