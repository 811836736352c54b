package dev.opsgrade.collect.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A checksum manifest as sha256sum writes it: a hash, two spaces (or " *"), a path, per line. */
final class Manifest {
  private Manifest() {}

  /** The hash of each path; an IllegalArgumentException naming file:line for a bad line. */
  static Map<String, String> read(Path file) throws IOException {
    Map<String, String> hashes = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!line.matches("[0-9a-fA-F]{64} [ *].+")) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": expected '<sha256>  <path>', as sha256sum writes it");
      }
      hashes.put(line.substring(66), line.substring(0, 64).toLowerCase(java.util.Locale.ROOT));
    }
    return hashes;
  }
}
