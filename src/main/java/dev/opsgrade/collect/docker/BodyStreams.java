package dev.opsgrade.collect.docker;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The body of a response: chunked or sized, and never larger than a limit. */
final class BodyStreams {
  private BodyStreams() {}

  static InputStream of(HttpMessage head, InputStream in, long limit, String what) {
    InputStream raw =
        head.chunked()
            ? new Chunked(in)
            : head.contentLength() >= 0 ? new Sized(in, head.contentLength()) : in;
    return new Limited(raw, limit, what);
  }

  /** Reads what is left so a kept-alive connection starts at the next response. */
  static void drain(InputStream body) throws IOException {
    byte[] buffer = new byte[8192];
    while (body.read(buffer) != -1) {
      // discarded: the caller has what it needed
    }
  }

  private static final class Sized extends FilterInputStream {
    private long left;

    Sized(InputStream in, long length) {
      super(in);
      this.left = length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n == -1) {
        throw new EOFException("the engine closed the connection in the middle of a response");
      }
      left -= n;
      return n;
    }
  }

  private static final class Chunked extends FilterInputStream {
    private long left;
    private boolean done;

    Chunked(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (left == 0 && !nextChunk()) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n == -1) {
        throw new EOFException("the engine closed the connection in the middle of a chunk");
      }
      left -= n;
      if (left == 0) {
        HttpMessage.readLine(in);
      }
      return n;
    }

    private boolean nextChunk() throws IOException {
      String line = HttpMessage.readLine(in);
      int semicolon = line.indexOf(';');
      String size = (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
      try {
        left = Long.parseLong(size, 16);
      } catch (NumberFormatException e) {
        throw new DockerFailure("bad chunk size in the engine's response: '" + size + "'");
      }
      if (left < 0) {
        throw new DockerFailure("negative chunk size in the engine's response");
      }
      if (left == 0) {
        while (!HttpMessage.readLine(in).isEmpty()) {
          // trailer headers: none that matter
        }
        done = true;
        return false;
      }
      return true;
    }
  }

  private static final class Limited extends FilterInputStream {
    private final long limit;
    private final String what;
    private long count;

    Limited(InputStream in, long limit, String what) {
      super(in);
      this.limit = limit;
      this.what = what;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
        if (count > limit) {
          throw new DockerFailure(what + " is larger than " + (limit >> 20) + " MiB: not read");
        }
      }
      return n;
    }

    @Override
    public void close() {
      // the connection stays open for the next request; the client closes it
    }
  }
}
