package dev.opsgrade.collect.net;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * A small HTTP/1.1 GET client over a plain or TLS socket. It dials one address while naming another
 * host in Host and SNI (what the JDK's HttpClient cannot do), bounds every step by one deadline,
 * reads at most {@link Limits#maxBodyBytes()} of a body, and follows no redirect: the caller
 * decides. One request per connection ("Connection: close").
 */
public final class HttpWire {
  private static final String USER_AGENT = "opsgrade/0.1 (read-only probe)";

  private HttpWire() {}

  public static WireResponse get(
      Dial dial, String path, Map<String, String> headers, Limits limits, TlsGate gate)
      throws WireException {
    long start = System.nanoTime();
    Deadline deadline = new Deadline(start, limits.deadline(), dial);
    try (Socket socket = connect(dial, limits, deadline)) {
      Socket channel = socket;
      List<X509Certificate> chain = List.of();
      if (dial.tls()) {
        SSLSocket ssl = TlsChannel.handshake(socket, dial, deadline);
        channel = ssl;
        chain = chainOf(ssl);
        Optional<String> refused = gate.refuse(chain, dial.host());
        if (refused.isPresent()) {
          throw new WireException(WireException.Failure.TLS, refused.get());
        }
      }
      send(channel.getOutputStream(), dial, path, headers);
      ResponseReader reader = new ResponseReader(channel, deadline, limits);
      ResponseReader.Head head = reader.head();
      ResponseReader.Body body = reader.body(head);
      return new WireResponse(
          head.status(),
          head.reason(),
          head.headers(),
          body.kept(),
          body.total(),
          chain,
          Duration.ofNanos(System.nanoTime() - start));
    } catch (SocketTimeoutException e) {
      throw deadline.timedOut("no answer");
    } catch (SSLException e) {
      throw new WireException(
          WireException.Failure.TLS,
          "TLS with " + dial.dialled() + " for " + dial.host() + " failed: " + e.getMessage());
    } catch (IOException e) {
      throw new WireException(
          WireException.Failure.IO, "connection to " + dial.dialled() + " broke: " + describe(e));
    }
  }

  /** A TLS handshake alone: the server's chain for the dial's host (SNI), then close. */
  public static List<X509Certificate> handshake(Dial dial, Duration timeout) throws WireException {
    Deadline deadline = new Deadline(System.nanoTime(), timeout, dial);
    try (Socket socket = connect(dial, Limits.within(timeout), deadline)) {
      return chainOf(TlsChannel.handshake(socket, dial, deadline));
    } catch (SocketTimeoutException e) {
      throw deadline.timedOut("no TLS handshake");
    } catch (SSLException e) {
      throw new WireException(
          WireException.Failure.TLS,
          "TLS with " + dial.dialled() + " for " + dial.host() + " failed: " + e.getMessage());
    } catch (IOException e) {
      throw new WireException(
          WireException.Failure.IO, "connection to " + dial.dialled() + " broke: " + describe(e));
    }
  }

  private static Socket connect(Dial dial, Limits limits, Deadline deadline) throws WireException {
    Socket socket = new Socket();
    int connectMillis = (int) Math.min(limits.connect().toMillis(), deadline.remainingMillis());
    try {
      socket.connect(dial.address(), Math.max(1, connectMillis));
      socket.setTcpNoDelay(true);
      return socket;
    } catch (SocketTimeoutException e) {
      close(socket);
      throw new WireException(
          WireException.Failure.TIMEOUT,
          "no TCP connection to " + dial.dialled() + " within " + connectMillis + " ms");
    } catch (NoRouteToHostException e) {
      close(socket);
      throw new WireException(WireException.Failure.UNREACHABLE, "no route to " + dial.dialled());
    } catch (ConnectException e) {
      close(socket);
      throw new WireException(
          WireException.Failure.REFUSED, dial.dialled() + " refused the connection");
    } catch (IOException e) {
      close(socket);
      throw new WireException(
          WireException.Failure.IO, "cannot connect to " + dial.dialled() + ": " + describe(e));
    }
  }

  private static void send(OutputStream out, Dial dial, String path, Map<String, String> headers)
      throws IOException {
    StringBuilder request = new StringBuilder();
    request.append("GET ").append(path.isEmpty() ? "/" : path).append(" HTTP/1.1\r\n");
    request.append("Host: ").append(dial.hostHeader()).append("\r\n");
    request.append("User-Agent: ").append(USER_AGENT).append("\r\n");
    request.append("Accept: */*\r\n");
    request.append("Accept-Encoding: identity\r\n");
    request.append("Connection: close\r\n");
    headers.forEach(
        (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    request.append("\r\n");
    out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static List<X509Certificate> chainOf(SSLSocket ssl) throws SSLException {
    List<X509Certificate> chain = new ArrayList<>();
    for (Certificate certificate : ssl.getSession().getPeerCertificates()) {
      if (certificate instanceof X509Certificate x509) {
        chain.add(x509);
      }
    }
    return List.copyOf(chain);
  }

  static String describe(IOException e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing a socket that never connected has nothing left to release.
    }
  }
}
