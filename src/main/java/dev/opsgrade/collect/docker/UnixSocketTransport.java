package dev.opsgrade.collect.docker;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.SocketException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The engine's local unix socket (unix:///var/run/docker.sock). */
final class UnixSocketTransport implements Transport {
  private final Path socket;

  UnixSocketTransport(Path socket) {
    this.socket = socket;
  }

  @Override
  public Pipe open(Duration timeout) throws IOException {
    if (!Files.exists(socket)) {
      throw new DockerFailure("socket " + socket + " does not exist (is the engine running?)");
    }
    if (!Files.isReadable(socket) || !Files.isWritable(socket)) {
      throw new DockerFailure("permission denied on socket " + socket);
    }
    SocketChannel channel;
    try {
      channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
    } catch (SocketException e) {
      throw new DockerFailure(
          "cannot connect to socket " + socket + ": " + Failures.lowerFirst(e.getMessage()));
    }
    return new Pipe(
        new BufferedInputStream(Channels.newInputStream(channel), 65536),
        Channels.newOutputStream(channel),
        channel);
  }

  @Override
  public void close() {
    // nothing is held between requests
  }
}
