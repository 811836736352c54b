package dev.opsgrade.collect.docker;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * tcp://host:port, in plain HTTP or, when the inventory gives TLS files, with the engine's
 * certificate checked against the CA and the host name, and a client certificate.
 */
final class TcpTransport implements Transport {
  private final String host;
  private final int port;
  private final Optional<SSLContext> tls;

  TcpTransport(String host, int port, Optional<SSLContext> tls) {
    this.host = host;
    this.port = port;
    this.tls = tls;
  }

  @Override
  public Pipe open(Duration timeout) throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      socket.setTcpNoDelay(true);
      Socket stream = tls.isPresent() ? handshake(socket, tls.get()) : socket;
      return new Pipe(
          new BufferedInputStream(stream.getInputStream(), 65536),
          stream.getOutputStream(),
          stream);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private SSLSocket handshake(Socket socket, SSLContext context) throws IOException {
    SSLSocket secure =
        (SSLSocket) context.getSocketFactory().createSocket(socket, host, port, true);
    SSLParameters parameters = secure.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    secure.setSSLParameters(parameters);
    try {
      secure.startHandshake();
    } catch (SSLException e) {
      secure.close();
      throw new DockerFailure(
          "TLS handshake with "
              + host
              + ":"
              + port
              + " failed: "
              + Failures.lowerFirst(e.getMessage()));
    }
    return secure;
  }

  @Override
  public void close() {
    // nothing is held between requests; pooled connections are closed by the client
  }
}
