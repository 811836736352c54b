package dev.opsgrade.collect.docker;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** One byte stream to the engine: a socket, a TLS socket or an SSH channel. */
record Pipe(InputStream in, OutputStream out, Closeable closer) implements Closeable {

  @Override
  public void close() {
    try {
      closer.close();
    } catch (IOException e) {
      // closing a broken or already closed stream: nothing is lost, the request is over
    }
  }
}
