package dev.opsgrade.report.junit;

import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;

/** How a status reads to a CI system. */
enum TestOutcome {
  PASSED(""),
  FAILED("failure"),
  ERROR("error"),
  SKIPPED("skipped");

  private final String element;

  TestOutcome(String element) {
    this.element = element;
  }

  String element() {
    return element;
  }

  static TestOutcome of(Status status) {
    return switch (status) {
      case PASS -> PASSED;
      case FAIL, WARN -> FAILED;
      case UNVERIFIED -> ERROR;
      case NOT_APPLICABLE, WAIVED -> SKIPPED;
    };
  }

  static long failures(List<Finding> findings) {
    return count(findings, FAILED);
  }

  static long errors(List<Finding> findings) {
    return count(findings, ERROR);
  }

  static long skipped(List<Finding> findings) {
    return count(findings, SKIPPED);
  }

  private static long count(List<Finding> findings, TestOutcome outcome) {
    return findings.stream().filter(f -> of(f.status()) == outcome).count();
  }
}
