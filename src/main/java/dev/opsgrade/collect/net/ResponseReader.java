package dev.opsgrade.collect.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one HTTP/1.1 response under a deadline: status line, headers (at most 64 KiB), then the
 * body by Content-Length, chunks or until the server closes, keeping its first bytes and failing as
 * TOO_LARGE past the limit. Every read waits no longer than the deadline allows, so a server that
 * trickles bytes times out like one that sends none.
 */
final class ResponseReader {
  private static final int MAX_HEAD = 64 * 1024;
  private static final int MAX_LINE = 16 * 1024;
  // Compiled once: String.matches compiled it for every response (of every probe, in serve).
  private static final Pattern STATUS_CODE = Pattern.compile("\\d{3}");

  record Head(int status, String reason, Map<String, List<String>> headers) {}

  record Body(byte[] kept, long total) {}

  private final Socket socket;
  private final InputStream in;
  // Own buffer rather than a BufferedInputStream: the deadline is armed (a setSoTimeout) only
  // before a read that can block, not before every byte of the head.
  private final byte[] buffered = new byte[8192];
  private int position;
  private int limit;
  private final Deadline deadline;
  private final Limits limits;
  private int headBytes;
  private int status;

  ResponseReader(Socket socket, Deadline deadline, Limits limits) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.deadline = deadline;
    this.limits = limits;
  }

  Head head() throws IOException, WireException {
    while (true) {
      Head head = oneHead();
      if (head.status() >= 200 || head.status() == 101) {
        status = head.status();
        return head;
      }
      // 1xx interim answers (100 Continue, 103 Early Hints) precede the real one.
    }
  }

  private Head oneHead() throws IOException, WireException {
    String statusLine = line("no status line");
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2
        || !parts[0].startsWith("HTTP/1.")
        || !STATUS_CODE.matcher(parts[1]).matches()) {
      throw new WireException(
          WireException.Failure.PROTOCOL,
          "not an HTTP/1.x answer from " + deadline.where() + ": " + printable(statusLine));
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String header = line("incomplete headers");
        !header.isEmpty();
        header = line("incomplete headers")) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        throw new WireException(
            WireException.Failure.PROTOCOL, "malformed header line: " + printable(header));
      }
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(header.substring(colon + 1).trim());
    }
    return new Head(Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : "", headers);
  }

  Body body(Head head) throws IOException, WireException {
    if (head.status() == 204 || head.status() == 304 || head.status() == 101) {
      return new Body(new byte[0], 0);
    }
    BodySink sink = new BodySink();
    String encoding = first(head, "transfer-encoding").toLowerCase(Locale.ROOT);
    if (encoding.contains("chunked")) {
      chunked(sink);
    } else if (!first(head, "content-length").isEmpty()) {
      long length = contentLength(first(head, "content-length"));
      if (length > limits.maxBodyBytes()) {
        throw tooLarge("declares Content-Length " + length);
      }
      copy(sink, length);
    } else {
      copy(sink, Long.MAX_VALUE);
    }
    return new Body(sink.kept(), sink.total);
  }

  private void chunked(BodySink sink) throws IOException, WireException {
    while (true) {
      String sizeLine = line("incomplete chunked body");
      int semicolon = sizeLine.indexOf(';');
      String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim();
      long size;
      try {
        size = Long.parseLong(hex, 16);
      } catch (NumberFormatException e) {
        throw new WireException(
            WireException.Failure.PROTOCOL, "malformed chunk size: " + printable(sizeLine));
      }
      if (size == 0) {
        for (String trailer = line("trailers"); !trailer.isEmpty(); trailer = line("trailers")) {
          // Trailers carry nothing a probe needs.
        }
        return;
      }
      copy(sink, size);
      line("chunk end");
    }
  }

  private void copy(BodySink sink, long length) throws IOException, WireException {
    long left = length;
    while (left > 0) {
      if (position == limit && !fill("body incomplete")) {
        if (length == Long.MAX_VALUE) {
          return;
        }
        throw new WireException(
            WireException.Failure.PROTOCOL,
            "connection closed " + left + " bytes before the end of the body");
      }
      int taken = (int) Math.min(limit - position, left);
      sink.add(buffered, position, taken);
      position += taken;
      left -= taken;
    }
  }

  /** Reads what the server has sent so far, waiting at most until the deadline; false at EOF. */
  private boolean fill(String waitingFor) throws IOException, WireException {
    deadline.arm(socket, waitingFor);
    int read = in.read(buffered, 0, buffered.length);
    if (read <= 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  private String line(String waitingFor) throws IOException, WireException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    while (true) {
      int b = position < limit || fill(waitingFor) ? buffered[position++] & 0xff : -1;
      if (b < 0) {
        if (line.size() == 0 && waitingFor.equals("no status line")) {
          throw new WireException(
              WireException.Failure.PROTOCOL, "the server closed the connection without answering");
        }
        throw new WireException(WireException.Failure.PROTOCOL, "connection closed: " + waitingFor);
      }
      if (++headBytes > MAX_HEAD || line.size() > MAX_LINE) {
        throw new WireException(WireException.Failure.PROTOCOL, "response head over 64 KiB");
      }
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
  }

  private static String first(Head head, String name) {
    List<String> values = head.headers().getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.getFirst();
  }

  private long contentLength(String value) throws WireException {
    try {
      long length = Long.parseLong(value.trim());
      if (length < 0) {
        throw new NumberFormatException(value);
      }
      return length;
    } catch (NumberFormatException e) {
      throw new WireException(
          WireException.Failure.PROTOCOL, "malformed Content-Length: " + printable(value));
    }
  }

  private WireException tooLarge(String what) {
    return new WireException(
        WireException.Failure.TOO_LARGE,
        status,
        status
            + " whose body "
            + what
            + ", over the "
            + limits.maxBodyBytes()
            + " bytes read at most");
  }

  /** Control characters and long texts from a server are shown safely. */
  static String printable(String raw) {
    String cut = raw.length() > 60 ? raw.substring(0, 60) + "..." : raw;
    StringBuilder out = new StringBuilder();
    for (char c : cut.toCharArray()) {
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return "\"" + out + "\"";
  }

  private final class BodySink {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long total;

    void add(byte[] buffer, int offset, int length) throws WireException {
      total += length;
      if (total > limits.maxBodyBytes()) {
        throw tooLarge("ran past " + limits.maxBodyBytes() + " bytes");
      }
      int room = limits.keepBytes() - kept.size();
      if (room > 0) {
        kept.write(buffer, offset, Math.min(room, length));
      }
    }

    byte[] kept() {
      return kept.toByteArray();
    }
  }
}
