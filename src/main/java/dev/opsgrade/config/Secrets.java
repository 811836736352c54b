package dev.opsgrade.config;

import dev.opsgrade.model.inventory.SecretRef;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a secret field: {@code key: ${VAR}} becomes {@code env:VAR}, {@code key_file: path} becomes
 * {@code file:path}. The value itself is never read here, and a literal is refused without being
 * quoted.
 */
final class Secrets {
  /** Also in schema/opsgrade.schema.json ($defs.secret_reference). */
  static final String REFERENCE = "^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}$";

  private static final Pattern REFERENCE_PATTERN = Pattern.compile(REFERENCE);

  private Secrets() {}

  static Optional<SecretRef> read(YamlMap map, String key) {
    String fileKey = key + "_file";
    Optional<YamlNode> direct = map.get(key);
    Optional<YamlNode> file = map.get(fileKey);
    if (direct.isPresent() && file.isPresent()) {
      file.get().problem("give either " + key + " or " + fileKey + ", not both");
      return Optional.empty();
    }
    if (file.isPresent()) {
      return file.get().as(Types.TEXT).map(SecretRef::file);
    }
    return direct.flatMap(node -> node.scalar(true)).flatMap(s -> reference(direct.get(), s, key));
  }

  private static Optional<SecretRef> reference(YamlNode node, Scalar scalar, String key) {
    Matcher matcher = REFERENCE_PATTERN.matcher(scalar.raw());
    if (matcher.matches() && scalar.isText()) {
      return Optional.of(SecretRef.env(matcher.group(1)));
    }
    if (scalar.raw().contains("$")) {
      node.problem(
          "a secret reference is exactly ${VAR}, with no default and no other text; or use "
              + key
              + "_file");
    } else {
      node.problem(
          "secrets only by reference: write ${VAR} or use a *_file key (" + key + "_file)");
    }
    return Optional.empty();
  }
}
