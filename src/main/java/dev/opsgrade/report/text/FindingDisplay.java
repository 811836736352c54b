package dev.opsgrade.report.text;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.CheckMetadata;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** How every report orders findings and words their message and fix, so that all formats agree. */
public final class FindingDisplay {
  /** Worst first: the order statuses are listed and counted in. */
  public static final List<Status> STATUS_ORDER =
      List.of(
          Status.FAIL,
          Status.UNVERIFIED,
          Status.WARN,
          Status.WAIVED,
          Status.PASS,
          Status.NOT_APPLICABLE);

  /** Problems first (worst first), then waived, then passes; by severity, check, subject. */
  public static final Comparator<Finding> WORST_FIRST =
      Comparator.comparingInt((Finding f) -> STATUS_ORDER.indexOf(f.status()))
          .thenComparing(Finding::severity)
          .thenComparing(Finding::check)
          .thenComparing(Finding::subject);

  private FindingDisplay() {}

  /** The message, with the waiver of a waived finding; an expired one is in the message already. */
  public static String message(Finding finding) {
    return finding
        .waiver()
        .filter(w -> finding.status() == Status.WAIVED)
        .map(
            w ->
                "%s (waived until %s, approved by %s: %s)"
                    .formatted(finding.message(), w.expires(), w.approver(), w.justification()))
        .orElse(finding.message());
  }

  /**
   * The finding's own fix, else the catalogue's general fix for its check; for an unverified one,
   * the evidence to collect (nothing failed yet, so a repair would be a guess).
   */
  public static Optional<String> fix(Finding finding, Catalogue catalogue) {
    if (finding.fix().isPresent()) {
      return finding.fix();
    }
    Optional<CheckMetadata> metadata = catalogue.find(finding.check());
    if (finding.status() == Status.UNVERIFIED) {
      return metadata.map(m -> "Collect the evidence it needs: " + m.evidence());
    }
    return metadata.map(CheckMetadata::fix);
  }
}
