package dev.opsgrade.collect.compose;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Service labels, mapping or list form. A label that holds a secret (Traefik basic/digest auth
 * users, any key that names a password, secret, token or key) keeps only {@code
 * fingerprint:xxxxxxxx}.
 */
final class Labels {
  static final String FINGERPRINT_PREFIX = "fingerprint:";
  private static final List<String> SECRET_WORDS =
      List.of(
          "password",
          "passwd",
          "secret",
          "token",
          "apikey",
          "api_key",
          "api-key",
          "privatekey",
          "private_key",
          "credential");

  private Labels() {}

  static Map<String, String> read(YamlNode node) {
    Map<String, String> labels = new TreeMap<>();
    for (KeyValues.KeyValue kv : KeyValues.read(node, "labels")) {
      String value = kv.value().map(YamlNode.Scalar::text).orElse("");
      labels.put(kv.name(), holdsSecret(kv.name()) && !value.isEmpty() ? redact(value) : value);
    }
    return labels;
  }

  static boolean holdsSecret(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    return lower.endsWith("basicauth.users")
        || lower.endsWith("digestauth.users")
        || SECRET_WORDS.stream().anyMatch(lower::contains);
  }

  static String redact(String value) {
    return FINGERPRINT_PREFIX + ValueShape.fingerprint(value);
  }
}
