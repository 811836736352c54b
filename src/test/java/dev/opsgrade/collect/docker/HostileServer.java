package dev.opsgrade.collect.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback TCP server that behaves like a broken engine (on platform threads, so it never waits
 * for the carrier threads of the collector it tests): it answers every request with fixed bytes
 * (garbage, bad JSON) or, with no answer given, holds the connection and says nothing.
 */
final class HostileServer implements AutoCloseable {
  private final ServerSocket server;
  private final List<Socket> held = new ArrayList<>();

  HostileServer(String answer) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofPlatform().daemon().start(() -> serve(answer));
  }

  int port() {
    return server.getLocalPort();
  }

  private void serve(String answer) {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        synchronized (held) {
          held.add(socket);
        }
        if (!answer.isEmpty()) {
          Thread.ofPlatform().daemon().start(() -> answer(socket, answer));
        }
      } catch (IOException e) {
        return; // closed by the test
      }
    }
  }

  /** Answers with a chunked body of blanks that never ends, until the client hangs up. */
  static final String ENDLESS = "endless";

  private static void answer(Socket socket, String answer) {
    try (socket) {
      InputStream in = socket.getInputStream();
      byte[] request = new byte[4096];
      in.read(request);
      OutputStream out = socket.getOutputStream();
      if (answer.equals(ENDLESS)) {
        out.write(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] chunk =
            ("100000\r\n" + " ".repeat(0x100000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        while (true) {
          out.write(chunk);
        }
      }
      out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    synchronized (held) {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }
}
