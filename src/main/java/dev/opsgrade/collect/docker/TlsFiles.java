package dev.opsgrade.collect.docker;

import dev.opsgrade.model.inventory.HostSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Iterator;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Builds the TLS context of a tcp:// engine from the PEM files of {@code hosts[].tls}: the CA that
 * signed the engine's certificate, and the client certificate and key (PKCS#1, PKCS#8 or EC).
 */
final class TlsFiles {
  private TlsFiles() {}

  static SSLContext context(
      HostSpec.TlsFiles files, java.util.function.Function<String, Path> resolve)
      throws DockerFailure {
    try {
      List<Certificate> ca = certificates(resolve.apply(files.ca()));
      List<Certificate> chain = certificates(resolve.apply(files.cert()));
      KeyPair key = privateKey(resolve.apply(files.key()));
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      for (int i = 0; i < ca.size(); i++) {
        trust.setCertificateEntry("ca-" + i, ca.get(i));
      }
      KeyStore identity = KeyStore.getInstance("PKCS12");
      identity.load(null, null);
      char[] none = new char[0];
      identity.setKeyEntry("client", key.getPrivate(), none, chain.toArray(Certificate[]::new));
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(identity, none);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return context;
    } catch (NoSuchFileException e) {
      throw new DockerFailure(
          "cannot use the TLS files of the host: " + e.getFile() + " does not exist (hosts[].tls)");
    } catch (IOException | GeneralSecurityException e) {
      throw new DockerFailure("cannot use the TLS files of the host: " + e.getMessage());
    }
  }

  private static List<Certificate> certificates(Path file)
      throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(file)) {
      List<Certificate> all =
          List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
      if (all.isEmpty()) {
        throw new GeneralSecurityException(file + " holds no PEM certificate");
      }
      return all;
    }
  }

  private static KeyPair privateKey(Path file) throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(file)) {
      Iterable<KeyPair> keys =
          SecurityUtils.loadKeyPairIdentities(
              null, NamedResource.ofName(file.toString()), in, null);
      Iterator<KeyPair> first = keys == null ? null : keys.iterator();
      if (first == null || !first.hasNext()) {
        throw new GeneralSecurityException(file + " holds no PEM private key");
      }
      return first.next();
    }
  }
}
