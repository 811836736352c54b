package dev.opsgrade.report.markdown;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import dev.opsgrade.report.text.FindingDisplay;
import java.util.Comparator;
import java.util.List;

/** How a finding reads in a deliverable, and the order findings are listed in. */
final class FindingText {
  static final String NONE = "-";

  /** Worst first: the order statuses are listed and counted in. */
  static final List<Status> STATUS_ORDER = FindingDisplay.STATUS_ORDER;

  /** Problems first (worst first), then waived, then passes; by severity, check, subject. */
  static final Comparator<Finding> ORDER = FindingDisplay.WORST_FIRST;

  private final Catalogue catalogue;

  FindingText(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  static String location(Finding finding) {
    return finding.location().map(Location::display).orElse(NONE);
  }

  /** The message, with the waiver of a waived finding; an expired one is in the message already. */
  static String message(Finding finding) {
    return FindingDisplay.message(finding);
  }

  /** The finding's own fix, else the catalogue's general fix for its check. */
  String fix(Finding finding) {
    if (finding.status() == Status.PASS || finding.status() == Status.NOT_APPLICABLE) {
      return NONE;
    }
    return FindingDisplay.fix(finding, catalogue).orElse(NONE);
  }

  static List<Finding> listed(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.status() != Status.PASS && f.status() != Status.NOT_APPLICABLE)
        .sorted(ORDER)
        .toList();
  }

  static long count(List<Finding> findings, Status status) {
    return findings.stream().filter(f -> f.status() == status).count();
  }
}
