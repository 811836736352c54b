package dev.opsgrade.collect.net;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Decides, after the handshake and before any request byte is sent, whether the server's chain is
 * acceptable for the name asked for. The handshake itself accepts any chain so that the reason a
 * chain is refused (expired, untrusted, another host) can be told, and nothing, credentials
 * included, is sent to a server the gate refuses.
 */
@FunctionalInterface
public interface TlsGate {

  /** The reason to refuse, or empty to go on. */
  Optional<String> refuse(List<X509Certificate> chain, String host);
}
