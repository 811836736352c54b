package dev.opsgrade.init;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads an HTTP/1.1 body, chunked or not, refusing more than a limit. */
final class HttpChunks {
  private HttpChunks() {}

  static byte[] read(InputStream in, int max) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = line(in);
      int semicolon = sizeLine.indexOf(';');
      String hex = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim();
      int size;
      try {
        size = Integer.parseInt(hex, 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size '" + UnixSocketHttp.printable(hex) + "'", e);
      }
      if (size < 0 || body.size() + (long) size > max) {
        throw new IOException("body larger than " + max + " bytes");
      }
      if (size == 0) {
        return body.toByteArray();
      }
      body.write(exactly(in, size));
      line(in);
    }
  }

  static byte[] readPlain(InputStream in, long length, int max) throws IOException {
    if (length > max) {
      throw new IOException("body larger than " + max + " bytes");
    }
    if (length >= 0) {
      return exactly(in, (int) length);
    }
    byte[] body = in.readNBytes(max + 1);
    if (body.length > max) {
      throw new IOException("body larger than " + max + " bytes");
    }
    return body;
  }

  private static byte[] exactly(InputStream in, int size) throws IOException {
    byte[] bytes = in.readNBytes(size);
    if (bytes.length < size) {
      throw new IOException("the body ended after " + bytes.length + " of " + size + " bytes");
    }
    return bytes;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new IOException("the body ended inside a chunk");
      }
      if (line.size() > 1024) {
        throw new IOException("a chunk line longer than 1024 bytes");
      }
      line.write(b);
    }
    return line.toString(StandardCharsets.ISO_8859_1).replace("\r", "");
  }
}
