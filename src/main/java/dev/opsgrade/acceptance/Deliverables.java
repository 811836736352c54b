package dev.opsgrade.acceptance;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the file that provides a deliverable: its stem alone or dated ("SECURITY_AUDIT.md",
 * "SECURITY_AUDIT_2026-12-04.md", any extension, any case). Of several, the newest date wins.
 */
public final class Deliverables {
  private Deliverables() {}

  /** {@code files}: paths relative to the inventory ("phases/PHASE-2A/SECURITY_AUDIT.md"). */
  public static DeliverableResult find(String stem, List<String> files) {
    Pattern name =
        Pattern.compile(
            Pattern.quote(stem.toLowerCase(Locale.ROOT))
                + "(_\\d{4}-\\d{2}-\\d{2})?(\\.[a-z0-9]+)?");
    Optional<String> newest =
        files.stream()
            .filter(f -> name.matcher(fileName(f).toLowerCase(Locale.ROOT)).matches())
            .max(Comparator.comparing(Deliverables::fileName).thenComparing(f -> f));
    return new DeliverableResult(stem, newest);
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
