package dev.opsgrade.check.monitoring;

import dev.opsgrade.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Findings by subject, for assertions. */
final class FindingMaps {
  private FindingMaps() {}

  static Map<String, Finding> bySubject(List<Finding> findings) {
    return findings.stream()
        .collect(Collectors.toMap(Finding::subject, Function.identity(), (a, b) -> a));
  }
}
