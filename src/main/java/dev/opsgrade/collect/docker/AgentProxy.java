package dev.opsgrade.collect.docker;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.apache.sshd.agent.common.AbstractAgentProxy;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * The user's ssh-agent over its unix socket (SSH_AUTH_SOCK), with the JDK's unix-domain sockets:
 * MINA's own unix agent client needs the Tomcat native library. The agent signs; opsgrade never
 * sees the private key.
 */
final class AgentProxy extends AbstractAgentProxy {
  private static final int MAX_MESSAGE = 256 * 1024;
  private final SocketChannel channel;

  AgentProxy(Path socket) throws IOException {
    super(null);
    this.channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
  }

  @Override
  protected synchronized Buffer request(Buffer buffer) throws IOException {
    ByteBuffer out = ByteBuffer.wrap(buffer.array(), buffer.rpos(), buffer.available());
    while (out.hasRemaining()) {
      channel.write(out);
    }
    ByteBuffer length = readFully(4);
    int size = length.getInt();
    if (size <= 0 || size > MAX_MESSAGE) {
      throw new IOException("ssh-agent sent a message of " + size + " bytes");
    }
    return new ByteArrayBuffer(readFully(size).array());
  }

  private ByteBuffer readFully(int size) throws IOException {
    ByteBuffer in = ByteBuffer.allocate(size);
    while (in.hasRemaining()) {
      if (channel.read(in) < 0) {
        throw new IOException("ssh-agent closed the connection");
      }
    }
    return in.flip();
  }

  @Override
  public boolean isOpen() {
    return channel.isOpen();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
