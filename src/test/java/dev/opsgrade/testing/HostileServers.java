package dev.opsgrade.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Servers that misbehave on purpose, on loopback: one accepts and never answers, one trickles a
 * byte at a time, one sends a 100 MB body, one redirects in a loop.
 */
public final class HostileServers implements AutoCloseable {
  private final List<ServerSocket> sockets = new ArrayList<>();
  private final List<Socket> accepted = new ArrayList<>();

  /** Accepts and never answers. */
  public int silent() {
    return serve(socket -> sleep(60_000));
  }

  /** Starts a status line, then one byte every 200 ms, forever. */
  public int trickle() {
    return serve(
        socket -> {
          OutputStream out = socket.getOutputStream();
          out.write("HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
          for (int i = 0; i < 600; i++) {
            out.write('a');
            out.flush();
            sleep(200);
          }
        });
  }

  /** 200 with a 100 MB body, sent as fast as the reader takes it. */
  public int huge() {
    return serve(
        socket -> {
          OutputStream out = socket.getOutputStream();
          long size = 100L * 1024 * 1024;
          out.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
          byte[] chunk = new byte[64 * 1024];
          for (long sent = 0; sent < size; sent += chunk.length) {
            out.write(chunk);
          }
        });
  }

  /** /a redirects to /b, /b to /a. */
  public int loop() {
    return serve(
        socket -> {
          byte[] request = new byte[1024];
          int read = socket.getInputStream().read(request);
          String line = read > 0 ? new String(request, 0, read, StandardCharsets.US_ASCII) : "";
          String next = line.startsWith("GET /a") ? "/b" : "/a";
          socket
              .getOutputStream()
              .write(
                  ("HTTP/1.1 302 Found\r\nLocation: " + next + "\r\nContent-Length: 0\r\n\r\n")
                      .getBytes(StandardCharsets.US_ASCII));
        });
  }

  private interface Behaviour {
    void on(Socket socket) throws IOException;
  }

  private int serve(Behaviour behaviour) {
    try {
      ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      sockets.add(server);
      Thread.ofVirtual()
          .start(
              () -> {
                while (!server.isClosed()) {
                  try {
                    Socket socket = server.accept();
                    synchronized (accepted) {
                      accepted.add(socket);
                    }
                    Thread.ofVirtual()
                        .start(
                            () -> {
                              try (socket) {
                                behaviour.on(socket);
                              } catch (IOException e) {
                                // The client hung up, as a probe past its deadline does.
                              }
                            });
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      return server.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    for (ServerSocket socket : sockets) {
      try {
        socket.close();
      } catch (IOException e) {
        // Already closed.
      }
    }
    synchronized (accepted) {
      for (Socket socket : accepted) {
        try {
          socket.close();
        } catch (IOException e) {
          // Already closed.
        }
      }
    }
  }
}
