package dev.opsgrade.check.docs;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.todo.ProcedureDoc;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a procedure was tested recently enough: a passed drill or an acceptance from the 30 days
 * before the assessment passes; an older one, a failed drill or none fails, saying which.
 */
final class ProcedureVerdict {
  static final Duration WINDOW = Duration.ofDays(30);

  private ProcedureVerdict() {}

  static Finding judge(
      FactView<ProcedureDoc> doc, List<ProcedureTests.Test> tests, Instant now, Findings f) {
    Instant since = now.minus(WINDOW);
    List<ProcedureTests.Test> recent =
        tests.stream().filter(t -> !t.at().isBefore(since) && !t.at().isAfter(now)).toList();
    Optional<ProcedureTests.Test> passed =
        recent.stream().filter(ProcedureTests.Test::passed).findFirst();
    String subject = doc.data().file();
    if (passed.isPresent()) {
      ProcedureTests.Test t = passed.get();
      return f.of(
          Status.PASS,
          subject,
          "tested by " + t.description() + " on " + day(t.at()) + " (" + daysAgo(t.at(), now) + ")",
          Optional.of(doc.location()),
          List.of(doc.id(), t.factId()));
    }
    String message =
        recent.isEmpty()
            ? tests.stream()
                .findFirst()
                .map(
                    t ->
                        "last tested by "
                            + t.description()
                            + " on "
                            + day(t.at())
                            + ", "
                            + daysAgo(t.at(), now)
                            + "; none in the last 30 days")
                .orElse("never tested: no drill or acceptance covers it")
            : "only "
                + recent.get(0).description()
                + " on "
                + day(recent.get(0).at())
                + " in the last 30 days";
    List<String> evidence = new ArrayList<>(List.of(doc.id()));
    tests.stream().findFirst().ifPresent(t -> evidence.add(t.factId()));
    String fix =
        doc.data().disasterRecovery()
            ? "Run a restore drill (`opsgrade drill`) that follows " + subject
            : "Follow "
                + subject
                + " for real, then record it: `opsgrade accept PHASE --by NAME --tested "
                + subject
                + "`";
    return f.fail(subject, message, doc.location(), evidence, fix);
  }

  private static String day(Instant at) {
    return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String daysAgo(Instant at, Instant now) {
    long days = Duration.between(at, now).toDays();
    return days == 0 ? "today" : days == 1 ? "1 day ago" : days + " days ago";
  }
}
