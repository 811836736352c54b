package dev.opsgrade.collect.docker;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/** Opens byte streams to one engine. Implementations say in their exceptions why one failed. */
interface Transport extends Closeable {

  Pipe open(Duration timeout) throws IOException;

  /** How many streams may be open at once (a process per stream costs more than a socket). */
  default int maxConnections() {
    return 8;
  }

  @Override
  void close();
}
