package dev.opsgrade.init;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * One read-only HTTP/1.1 GET over a unix socket, as the Docker Engine serves its API: bounded in
 * time (a watchdog closes the channel, since blocking reads have no timeout) and in size.
 */
final class UnixSocketHttp {
  private static final int MAX_HEADER_BYTES = 64 * 1024;

  record Response(int status, String body) {}

  private UnixSocketHttp() {}

  static Response get(Path socket, String target, Duration timeout, int maxBody)
      throws IOException {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      Thread watchdog = Thread.ofVirtual().start(() -> closeAfter(channel, timeout));
      try {
        channel.connect(UnixDomainSocketAddress.of(socket));
        String request =
            "GET "
                + target
                + " HTTP/1.1\r\nHost: docker\r\nUser-Agent: opsgrade-init\r\n"
                + "Accept: application/json\r\nConnection: close\r\n\r\n";
        channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
        return read(Channels.newInputStream(channel), maxBody);
      } catch (AsynchronousCloseException e) {
        throw new IOException("no answer within " + timeout.toMillis() + " ms", e);
      } finally {
        watchdog.interrupt();
      }
    }
  }

  private static void closeAfter(SocketChannel channel, Duration timeout) {
    try {
      Thread.sleep(timeout);
      channel.close();
    } catch (InterruptedException e) {
      // the request finished in time: nothing to close
    } catch (IOException e) {
      // closing only ends a request that is already too late
    }
  }

  private static Response read(InputStream in, int maxBody) throws IOException {
    String head = headers(in);
    String[] lines = head.split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP response: " + printable(lines[0]));
    }
    int status = parseInt(statusLine[1], "status");
    long length = -1;
    boolean chunked = false;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].toLowerCase(Locale.ROOT);
      if (line.startsWith("content-length:")) {
        length = parseInt(line.substring(15).trim(), "Content-Length");
      } else if (line.startsWith("transfer-encoding:") && line.contains("chunked")) {
        chunked = true;
      }
    }
    byte[] body =
        chunked ? HttpChunks.read(in, maxBody) : HttpChunks.readPlain(in, length, maxBody);
    return new Response(status, new String(body, StandardCharsets.UTF_8));
  }

  private static String headers(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the connection closed before the end of the headers");
      }
      head.write(b);
      if (head.size() > MAX_HEADER_BYTES) {
        throw new IOException("headers longer than " + MAX_HEADER_BYTES + " bytes");
      }
      matched = (b == '\r' || b == '\n') && (matched % 2 == 0) == (b == '\r') ? matched + 1 : 0;
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  static int parseInt(String text, String what) throws IOException {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IOException("bad " + what + " '" + printable(text) + "'", e);
    }
  }

  static String printable(String text) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }
}
