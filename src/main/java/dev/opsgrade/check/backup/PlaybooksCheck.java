package dev.opsgrade.check.backup;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.ansible.PlaybookFolder;
import dev.opsgrade.collect.ansible.PlaybookSyntax;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.DrSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * bak.playbooks: the DR playbooks exist and every one passes ansible-playbook --syntax-check, and
 * the check playbook passes its --check run. One finding per playbook and one for the check run.
 */
public final class PlaybooksCheck implements Check {
  static final String COLLECTOR = "ansible";

  @Override
  public String id() {
    return "bak.playbooks";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Optional<DrSpec> dr = evidence.inventory().dr();
    if (dr.isEmpty() || (dr.get().playbooks().isEmpty() && dr.get().checkPlaybook().isEmpty())) {
      return List.of(
          findings.unverified(
              "dr.playbooks", "no DR playbooks configured (dr.playbooks, dr.check_playbook)"));
    }
    List<Finding> out = new ArrayList<>();
    dr.get().playbooks().ifPresent(folder -> out.addAll(folder(folder, evidence, findings)));
    dr.get()
        .checkPlaybook()
        .ifPresent(playbook -> out.add(CheckRunVerdict.judge(playbook, evidence, findings)));
    return out;
  }

  private static List<Finding> folder(String folder, Evidence evidence, Findings findings) {
    Optional<FactView<PlaybookFolder>> read =
        evidence.all(PlaybookFolder.class).stream().findFirst();
    if (read.isEmpty()) {
      String why =
          evidence.runs(COLLECTOR).stream()
              .map(CollectorRun::detail)
              .findFirst()
              .orElse("the ansible collector did not read " + folder);
      return List.of(findings.unverified(folder, why));
    }
    FactView<PlaybookFolder> view = read.get();
    if (view.data().problem().isPresent()) {
      return List.of(
          findings.fail(
              view.data().folder(),
              view.data().problem().get(),
              view.location(),
              List.of(view.id()),
              "Point dr.playbooks at the folder that holds the DR playbooks"));
    }
    List<FactView<PlaybookSyntax>> playbooks = evidence.all(PlaybookSyntax.class);
    if (playbooks.isEmpty()) {
      return List.of(
          findings.fail(
              view.data().folder(),
              "no playbooks in "
                  + view.data().folder()
                  + " (no YAML file there is a list of plays with hosts:)",
              view.location(),
              List.of(view.id()),
              "Put the DR playbooks in " + folder + ", or point dr.playbooks at their folder"));
    }
    return playbooks.stream().map(p -> judge(p, findings)).toList();
  }

  private static Finding judge(FactView<PlaybookSyntax> view, Findings findings) {
    PlaybookSyntax playbook = view.data();
    String error = playbook.firstError().orElse("");
    return switch (playbook.outcome()) {
      case PASSED ->
          findings.pass(playbook.playbook(), "passes ansible-playbook --syntax-check", view);
      case FAILED ->
          findings.fail(
              playbook.playbook(),
              "fails ansible-playbook --syntax-check: " + error,
              view.location(),
              List.of(view.id()),
              "Fix "
                  + view.location().display()
                  + ", then run ansible-playbook --syntax-check "
                  + playbook.playbook());
      case TIMED_OUT, NOT_RUN ->
          findings.of(
              Status.UNVERIFIED,
              playbook.playbook(),
              "syntax not checked: " + error,
              Optional.of(view.location()),
              List.of(view.id()));
    };
  }
}
