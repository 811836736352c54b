package dev.opsgrade.check.backup;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.backup.BackupIntegrity;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * bak.integrity: {@code restic check} / {@code borg check} of each repository passes. A check that
 * could not run to the end (locked, timed out) proves nothing either way: UNVERIFIED.
 */
public final class IntegrityCheck implements Check {
  @Override
  public String id() {
    return "bak.integrity";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    List<BackupEvidence.Configured> repositories = BackupEvidence.repositories(evidence);
    if (repositories.isEmpty()) {
      return List.of(findings.unverified(evidence.inventory().name(), BackupEvidence.NONE));
    }
    List<Finding> result = new ArrayList<>();
    for (BackupEvidence.Configured repository : repositories) {
      Optional<FactView<BackupIntegrity>> fact =
          BackupEvidence.fact(evidence, BackupIntegrity.class, repository);
      result.add(
          fact.map(f -> judge(repository.subject(), f, findings))
              .orElseGet(
                  () ->
                      findings.unverified(
                          repository.subject(), BackupEvidence.missing(evidence, repository))));
    }
    return result;
  }

  private static Finding judge(String subject, FactView<BackupIntegrity> fact, Findings findings) {
    BackupIntegrity integrity = fact.data();
    String read =
        integrity.dataRead().equals("none")
            ? "structure only, no data read back"
            : "data read back: " + integrity.dataRead();
    String message = integrity.detail() + " (" + read + ", " + integrity.seconds() + " s)";
    Status status =
        switch (integrity.outcome()) {
          case PASSED -> Status.PASS;
          case ERRORS -> Status.FAIL;
          case NOT_RUN -> Status.UNVERIFIED;
        };
    if (status == Status.UNVERIFIED) {
      message = "the check did not run to the end: " + integrity.detail();
    }
    return findings.about(status, subject, message, fact);
  }
}
