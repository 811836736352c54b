package dev.opsgrade.collect.docker;

import java.io.IOException;
import org.apache.sshd.client.channel.AsyncCapableClientChannel;
import org.apache.sshd.client.future.DefaultOpenFuture;
import org.apache.sshd.client.future.OpenFuture;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.channel.LocalWindow;
import org.apache.sshd.common.util.buffer.Buffer;

/**
 * OpenSSH's "direct-streamlocal@openssh.com" channel: the server connects it to a unix socket on
 * its side (what {@code ssh -L local:/var/run/docker.sock} uses). Apache MINA sshd has no client
 * class for it, so this one sends the open request as OpenSSH's PROTOCOL file, section 2.4, gives
 * it: the socket path, a reserved string and a reserved uint32.
 */
final class StreamLocalChannel extends AsyncCapableClientChannel {
  static final String TYPE = "direct-streamlocal@openssh.com";

  private final String socketPath;

  StreamLocalChannel(String socketPath) {
    super(TYPE, false);
    this.socketPath = socketPath;
  }

  @Override
  public synchronized OpenFuture open() throws IOException {
    if (closeFuture.isClosed()) {
      throw new SshException("the SSH session is closed");
    }
    openFuture = new DefaultOpenFuture(socketPath, futureLock);
    LocalWindow window = getLocalWindow();
    Buffer buffer =
        getSession()
            .createBuffer(
                SshConstants.SSH_MSG_CHANNEL_OPEN, TYPE.length() + socketPath.length() + 64);
    buffer.putString(TYPE);
    buffer.putUInt(getChannelId());
    buffer.putUInt(window.getSize());
    buffer.putUInt(window.getPacketSize());
    buffer.putString(socketPath);
    buffer.putString("");
    buffer.putUInt(0);
    writePacket(buffer);
    return openFuture;
  }
}
