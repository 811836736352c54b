package dev.opsgrade.acceptance;

import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies waivers to findings, after the checks: a failing, warning or unverified finding whose
 * check and subject a waiver matches becomes WAIVED while the waiver holds (through its expiry
 * date). Once it has expired the finding keeps failing, its message prefixed "waiver expired on
 * DATE: ", and it carries the expired waiver so that reports can list it. A waiver that matches no
 * such finding is returned as unmatched, to be reported.
 */
public final class Waivers {
  private Waivers() {}

  public record Result(List<Finding> findings, List<Unmatched> unmatched) {}

  /** A waiver that waives nothing, and why. */
  public record Unmatched(Waiver waiver, String reason) {}

  public static Result apply(List<Finding> findings, List<Waiver> waivers, LocalDate today) {
    Set<Waiver> used = new LinkedHashSet<>();
    List<Finding> result = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      if (!waivable(finding)) {
        result.add(finding);
        continue;
      }
      waivers.stream().filter(w -> matches(w, finding)).forEach(used::add);
      result.add(
          choose(finding, waivers, today).map(w -> waive(finding, w, today)).orElse(finding));
    }
    List<Unmatched> unmatched = new ArrayList<>();
    for (Waiver waiver : waivers) {
      boolean attached =
          result.stream().anyMatch(f -> f.waiver().filter(waiver::equals).isPresent());
      if (!used.contains(waiver) && !attached) {
        unmatched.add(new Unmatched(waiver, whyUnmatched(waiver, findings)));
      }
    }
    return new Result(List.copyOf(result), List.copyOf(unmatched));
  }

  /** Whether the waiver still holds on {@code today}: it does through its expiry date. */
  public static boolean holds(Waiver waiver, LocalDate today) {
    return !today.isAfter(waiver.expires());
  }

  public static boolean matches(Waiver waiver, Finding finding) {
    return waiver.check().equals(finding.check())
        && SubjectGlob.matches(waiver.subject(), finding.subject());
  }

  /** Problems only, and only once: a finding that carries a waiver was handled already. */
  private static boolean waivable(Finding finding) {
    return finding.status().isProblem() && finding.waiver().isEmpty();
  }

  /** The holding waiver that runs longest; if none holds, the one that expired last. */
  private static Optional<Waiver> choose(Finding finding, List<Waiver> waivers, LocalDate today) {
    Comparator<Waiver> byExpiry = Comparator.comparing(Waiver::expires);
    List<Waiver> matching = waivers.stream().filter(w -> matches(w, finding)).toList();
    Optional<Waiver> holding = matching.stream().filter(w -> holds(w, today)).max(byExpiry);
    return holding.or(() -> matching.stream().max(byExpiry));
  }

  private static Finding waive(Finding finding, Waiver waiver, LocalDate today) {
    if (holds(waiver, today)) {
      return finding.withWaiver(Status.WAIVED, waiver);
    }
    return finding
        .withStatus(
            finding.status(), "waiver expired on " + waiver.expires() + ": " + finding.message())
        .withWaiver(finding.status(), waiver);
  }

  private static String whyUnmatched(Waiver waiver, List<Finding> findings) {
    List<Finding> ofCheck =
        findings.stream().filter(f -> f.check().equals(waiver.check())).toList();
    if (ofCheck.isEmpty()) {
      return "the assessment has no finding of check " + waiver.check();
    }
    boolean subjectSeen = ofCheck.stream().anyMatch(f -> matches(waiver, f));
    return subjectSeen
        ? "nothing to waive: " + waiver.subject() + " passes " + waiver.check() + " now"
        : "no finding of " + waiver.check() + " is about " + waiver.subject();
  }
}
