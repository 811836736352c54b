package dev.opsgrade.collect.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets a user accepted (a baseline): {@value #FILE_NAME} in the repo entry's folder (the
 * repository root when the entry is the whole repository), one fingerprint (12 hex digits, as
 * findings show it) per line, optionally followed by "# why". Blank lines and lines starting with #
 * are comments.
 */
record Allowlist(Map<String, String> reasons, List<String> errors) {
  static final String FILE_NAME = ".opsgrade-secrets-allowlist";
  private static final Pattern LINE =
      Pattern.compile("\\s*([0-9a-fA-F]{12})\\s*(?:#\\s*(.*?))?\\s*");

  static Allowlist empty() {
    return new Allowlist(Map.of(), List.of());
  }

  /** Reads the allowlist of a folder; errors name it as {@code shown} (inventory-relative). */
  static Allowlist read(Path folder, String shown) throws IOException {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    Map<String, String> reasons = new HashMap<>();
    List<String> errors = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher matcher = LINE.matcher(line);
      if (matcher.matches()) {
        reasons.put(matcher.group(1).toLowerCase(java.util.Locale.ROOT), orEmpty(matcher.group(2)));
      } else {
        errors.add(shown + ":" + (i + 1) + ": not a 12-hex-digit fingerprint");
      }
    }
    return new Allowlist(Map.copyOf(reasons), List.copyOf(errors));
  }

  private static String orEmpty(String reason) {
    return reason == null ? "" : reason;
  }

  Optional<String> reason(String fingerprint) {
    return Optional.ofNullable(reasons.get(fingerprint));
  }
}
