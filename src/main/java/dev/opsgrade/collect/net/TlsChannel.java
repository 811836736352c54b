package dev.opsgrade.collect.net;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS over an open socket with the route's name as SNI. The handshake takes any chain: the {@link
 * TlsGate} judges it afterwards, before a request is sent, so that the reason for refusing it can
 * be told (a browser's "expired" or "wrong host"), not only that it was refused.
 */
public final class TlsChannel {
  private static final SSLContext CAPTURING = capturing();

  private TlsChannel() {}

  static SSLSocket handshake(Socket socket, Dial dial, Deadline deadline)
      throws IOException, WireException {
    SSLSocket ssl =
        (SSLSocket)
            CAPTURING
                .getSocketFactory()
                .createSocket(socket, dial.host(), dial.address().getPort(), true);
    SSLParameters parameters = ssl.getSSLParameters();
    if (!isIpLiteral(dial.host())) {
      parameters.setServerNames(List.of(new SNIHostName(dial.host())));
    }
    ssl.setSSLParameters(parameters);
    deadline.arm(ssl, "no TLS handshake");
    ssl.startHandshake();
    return ssl;
  }

  /** Whether {@code host} is an IPv4 or IPv6 literal (host names never hold a colon). */
  public static boolean isIpLiteral(String host) {
    return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }

  private static SSLContext capturing() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new AcceptAll()}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK always provides TLS", e);
    }
  }

  /** Takes every chain during the handshake; see the class comment for who judges it. */
  private static final class AcceptAll extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      throw new UnsupportedOperationException("opsgrade is never a TLS server here");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
      throw new UnsupportedOperationException("opsgrade is never a TLS server here");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
      throw new UnsupportedOperationException("opsgrade is never a TLS server here");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // Judged after the handshake by the caller's TlsGate, before any request byte is sent.
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
      // Judged after the handshake by the caller's TlsGate, before any request byte is sent.
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
      // Judged after the handshake by the caller's TlsGate, before any request byte is sent.
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
