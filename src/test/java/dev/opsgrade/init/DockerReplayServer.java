package dev.opsgrade.init;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP/1.1 server on a unix socket that replays recorded Docker Engine bodies by request
 * target, chunked as dockerd sends them, and records what it was asked. {@code GARBAGE} and {@code
 * SILENT} play an engine that answers nonsense or never answers.
 */
final class DockerReplayServer implements AutoCloseable {
  static final String GARBAGE = "GARBAGE";
  static final String SILENT = "SILENT";

  private final ServerSocketChannel server;
  private final Path socket;
  private final Map<String, String> bodies;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  DockerReplayServer(Path socket, Map<String, String> bodies) throws IOException {
    this.socket = socket;
    this.bodies = Map.copyOf(bodies);
    this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    this.acceptor = Thread.ofVirtual().start(this::serve);
  }

  String endpoint() {
    return "unix://" + socket;
  }

  List<String> requests() {
    return List.copyOf(requests);
  }

  private void serve() {
    while (server.isOpen()) {
      try {
        SocketChannel client = server.accept();
        Thread.ofVirtual().start(() -> answer(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void answer(SocketChannel client) {
    try (client) {
      InputStream in = Channels.newInputStream(client);
      String requestLine = head(in).split("\r\n")[0];
      requests.add(requestLine);
      String target = requestLine.split(" ")[1];
      String body = bodies.get(target);
      OutputStream out = Channels.newOutputStream(client);
      if (SILENT.equals(body)) {
        Thread.sleep(30_000);
      } else if (GARBAGE.equals(body)) {
        out.write(
            "HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n<html>no!"
                .getBytes(StandardCharsets.UTF_8));
      } else if (body == null) {
        out.write(response("404 Not Found", "{\"message\":\"page not found\"}"));
      } else {
        out.write(response("200 OK", body));
      }
      out.flush();
    } catch (IOException | InterruptedException e) {
      // the client went away or the server closed: nothing to answer
    }
  }

  /** A chunked response in two chunks, as dockerd streams JSON. */
  private static byte[] response(String status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    int half = bytes.length / 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(
        ("HTTP/1.1 "
                + status
                + "\r\nApi-Version: 1.41\r\nContent-Type: application/json\r\n"
                + "Server: Docker/20.10.24+dfsg1 (linux)\r\nTransfer-Encoding: chunked\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    chunk(out, bytes, 0, half);
    chunk(out, bytes, half, bytes.length - half);
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, byte[] bytes, int from, int length)
      throws IOException {
    if (length == 0) {
      return;
    }
    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes, from, length);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("request ended early");
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    try {
      server.close();
      acceptor.join(2_000);
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String fixture(String name) {
    try (InputStream in =
        DockerReplayServer.class.getResourceAsStream("/fixtures/docker/init/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
