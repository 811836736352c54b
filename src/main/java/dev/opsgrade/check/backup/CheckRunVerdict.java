package dev.opsgrade.check.backup;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.ansible.PlaybookCheckRun;
import dev.opsgrade.collect.ansible.RunOutcome;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;

/** The bak.playbooks finding for the dr.check_playbook --check run. */
final class CheckRunVerdict {
  private CheckRunVerdict() {}

  static Finding judge(String configured, Evidence evidence, Findings findings) {
    Optional<FactView<PlaybookCheckRun>> fact =
        evidence.all(PlaybookCheckRun.class).stream().findFirst();
    String subject = "--check " + configured;
    if (fact.isEmpty()) {
      return findings.unverified(subject, "the check playbook was not run");
    }
    FactView<PlaybookCheckRun> view = fact.get();
    PlaybookCheckRun run = view.data();
    subject = "--check " + run.playbook();
    String seconds = String.format(java.util.Locale.ROOT, "%.1f s", run.millis() / 1000.0);
    if (run.outcome() == RunOutcome.PASSED && run.recap().filter(r -> r.hosts() > 0).isEmpty()) {
      return findings.about(
          Status.UNVERIFIED,
          subject,
          "no evidence: the --check run matched no host, so it verified nothing; set"
              + " dr.check_inventory to the inventory of the hosts it should reach",
          view);
    }
    return switch (run.outcome()) {
      case PASSED ->
          findings.pass(
              subject,
              "passes in check mode in "
                  + seconds
                  + run.recap()
                      .map(
                          r ->
                              " ("
                                  + r.hosts()
                                  + " host(s), "
                                  + r.ok()
                                  + " ok, "
                                  + r.changed()
                                  + " would change)")
                      .orElse(""),
              view);
      case FAILED ->
          findings.fail(
              subject,
              "fails in check mode: " + run.firstError().orElse("no error line"),
              view.location(),
              List.of(view.id()),
              "Run ansible-playbook --check "
                  + run.playbook()
                  + run.inventory().map(i -> " -i " + i).orElse("")
                  + " and fix the first failing task");
      case TIMED_OUT, NOT_RUN ->
          findings.of(
              Status.UNVERIFIED,
              subject,
              "not verified: " + run.firstError().orElse("not run"),
              Optional.of(view.location()),
              List.of(view.id()));
    };
  }
}
