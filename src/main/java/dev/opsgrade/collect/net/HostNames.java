package dev.opsgrade.collect.net;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The names a certificate is issued for, and whether one covers a host (RFC 6125): DNS and IP
 * subject alternative names, the common name only when there is no DNS name, a wildcard only as the
 * whole leftmost label and for exactly one label.
 */
final class HostNames {
  private static final int DNS = 2;
  private static final int IP = 7;

  private HostNames() {}

  static List<String> of(X509Certificate leaf) {
    List<String> names = new ArrayList<>();
    try {
      Collection<List<?>> alternatives = leaf.getSubjectAlternativeNames();
      if (alternatives != null) {
        for (List<?> entry : alternatives) {
          int type = (Integer) entry.get(0);
          if (type == DNS || type == IP) {
            names.add(entry.get(1).toString().toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (CertificateParsingException e) {
      // A SAN extension that does not parse names nothing; the common name is the fallback.
    }
    if (names.isEmpty()) {
      commonName(leaf).ifPresent(names::add);
    }
    return List.copyOf(names);
  }

  static boolean matches(List<String> names, String host) {
    String wanted = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    return names.stream().anyMatch(name -> covers(name, wanted));
  }

  private static boolean covers(String name, String host) {
    if (!name.startsWith("*.")) {
      return name.equals(host);
    }
    int dot = host.indexOf('.');
    return dot > 0 && host.substring(dot).equals(name.substring(1));
  }

  private static java.util.Optional<String> commonName(X509Certificate leaf) {
    try {
      for (Rdn rdn : new LdapName(leaf.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return java.util.Optional.of(rdn.getValue().toString().toLowerCase(Locale.ROOT));
        }
      }
    } catch (InvalidNameException e) {
      // A subject that is not a distinguished name has no common name to fall back on.
    }
    return java.util.Optional.empty();
  }
}
