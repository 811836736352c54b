package dev.opsgrade.collect.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The head of an HTTP/1.1 response: status and headers, read with bounded sizes. */
record HttpMessage(int status, Map<String, String> headers) {
  private static final int MAX_LINE = 8192;
  private static final int MAX_HEADERS = 100;

  static HttpMessage read(InputStream in) throws IOException {
    String statusLine = readLine(in);
    if (statusLine.isEmpty()) {
      throw new java.io.EOFException("the engine closed the connection before answering");
    }
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new DockerFailure("the engine answered with something not HTTP: " + clip(statusLine));
    }
    int status;
    try {
      status = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      throw new DockerFailure("bad HTTP status line: " + clip(statusLine));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
      if (headers.size() > MAX_HEADERS) {
        throw new DockerFailure("the engine sent more than " + MAX_HEADERS + " headers");
      }
    }
    return new HttpMessage(status, headers);
  }

  boolean chunked() {
    return headers
        .getOrDefault("transfer-encoding", "")
        .toLowerCase(Locale.ROOT)
        .contains("chunked");
  }

  long contentLength() {
    try {
      return Long.parseLong(headers.getOrDefault("content-length", "-1"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  boolean keepAlive() {
    return !headers.getOrDefault("connection", "").equalsIgnoreCase("close")
        && (chunked() || contentLength() >= 0);
  }

  /** One CRLF- (or LF-) terminated line; empty at end of stream. */
  static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (line.size() >= MAX_LINE) {
        throw new DockerFailure("the engine sent a header line longer than " + MAX_LINE + " bytes");
      }
      line.write(b);
    }
    String text = line.toString(StandardCharsets.ISO_8859_1);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  private static String clip(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }
}
