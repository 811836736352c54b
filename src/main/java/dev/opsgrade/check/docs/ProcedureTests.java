package dev.opsgrade.check.docs;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.DrillRecord;
import dev.opsgrade.collect.todo.ProcedureDoc;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.inventory.PhaseSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which records test a procedure document: a drill that names it (a drill naming no document tested
 * the disaster recovery procedures), an acceptance that names it or whose phase folder holds it.
 */
final class ProcedureTests {
  /** A record that tested a procedure: when, whether it went well, and in words. */
  record Test(Instant at, boolean passed, String description, String factId) {}

  private ProcedureTests() {}

  static List<Test> of(
      ProcedureDoc doc,
      List<FactView<DrillRecord>> drills,
      List<FactView<AcceptanceRecord>> acceptances,
      List<PhaseSpec> phases) {
    List<Test> tests = new ArrayList<>();
    for (FactView<DrillRecord> view : drills) {
      DrillRecord drill = view.data();
      boolean covers =
          drill.procedures().isEmpty()
              ? doc.disasterRecovery()
              : drill.procedures().stream().anyMatch(p -> same(p, doc.file()));
      if (covers) {
        String outcome = drill.passed() ? "the drill of " : "the failed drill of ";
        tests.add(
            new Test(drill.performedAt(), drill.passed(), outcome + drill.target(), view.id()));
      }
    }
    for (FactView<AcceptanceRecord> view : acceptances) {
      AcceptanceRecord acceptance = view.data();
      Optional<String> folder =
          phases.stream()
              .filter(p -> p.id().equals(acceptance.phase()))
              .map(PhaseSpec::folder)
              .findFirst();
      boolean covers =
          acceptance.procedures().stream().anyMatch(p -> same(p, doc.file()))
              || folder.filter(f -> clean(doc.file()).startsWith(clean(f) + "/")).isPresent();
      if (covers) {
        String what =
            "the acceptance of phase " + acceptance.phase() + " by " + acceptance.acceptedBy();
        tests.add(new Test(acceptance.acceptedAt(), true, what, view.id()));
      }
    }
    tests.sort(Comparator.comparing(Test::at).reversed());
    return tests;
  }

  private static boolean same(String a, String b) {
    return clean(a).equals(clean(b));
  }

  /** "./.docs//RUNBOOK.md" and ".docs/RUNBOOK.md" name the same file. */
  private static String clean(String path) {
    String p = path.replace('\\', '/').replaceAll("/+", "/");
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
