package dev.opsgrade.collect.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.Set;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The certificate authorities a chain may end in: the JDK's own, plus a PEM file of extra ones. */
public final class TrustAnchors {
  private final Set<TrustAnchor> anchors;
  private final int extra;

  private TrustAnchors(Set<TrustAnchor> anchors, int extra) {
    this.anchors = Set.copyOf(anchors);
    this.extra = extra;
  }

  private static final java.util.concurrent.atomic.AtomicReference<Set<TrustAnchor>> JDK =
      new java.util.concurrent.atomic.AtomicReference<>();

  public static TrustAnchors jdk() {
    return new TrustAnchors(jdkAnchors(), 0);
  }

  /**
   * The JDK's anchors and every certificate in {@code pem}.
   *
   * @throws IOException naming the file when it cannot be read or holds no certificate
   */
  public static TrustAnchors withExtra(Path pem) throws IOException {
    Set<TrustAnchor> all = new HashSet<>(jdkAnchors());
    int added = 0;
    try (InputStream in = Files.newInputStream(pem)) {
      for (Certificate certificate :
          CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        all.add(new TrustAnchor((X509Certificate) certificate, null));
        added++;
      }
    } catch (GeneralSecurityException e) {
      throw new IOException(pem + ": not a PEM certificate file: " + e.getMessage(), e);
    }
    if (added == 0) {
      throw new IOException(pem + ": holds no certificate");
    }
    return new TrustAnchors(all, added);
  }

  Set<TrustAnchor> anchors() {
    return anchors;
  }

  /** "the JDK's trust store" or "the JDK's trust store and 1 CA of probe.ca". */
  public String describe() {
    return extra == 0
        ? "the JDK's trust store"
        : "the JDK's trust store and " + extra + " CA of probe.ca";
  }

  private static Set<TrustAnchor> jdkAnchors() {
    Set<TrustAnchor> known = JDK.get();
    if (known == null) {
      known = readJdkAnchors();
      JDK.set(known);
    }
    return known;
  }

  private static Set<TrustAnchor> readJdkAnchors() {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init((KeyStore) null);
      Set<TrustAnchor> result = new HashSet<>();
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          for (X509Certificate ca : x509.getAcceptedIssuers()) {
            result.add(new TrustAnchor(ca, null));
          }
        }
      }
      return Set.copyOf(result);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK's default trust store cannot be read", e);
    }
  }
}
