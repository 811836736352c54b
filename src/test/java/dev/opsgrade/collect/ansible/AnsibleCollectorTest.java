package dev.opsgrade.collect.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.backup.PlaybooksCheck;
import dev.opsgrade.collect.CollectionRunner;
import dev.opsgrade.collect.testing.Collect;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.DrSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ansible collector with Debian's ansible-core, on playbooks written by the test. */
class AnsibleCollectorTest {
  @TempDir Path base;
  @TempDir Path target;

  @Test
  void playbooksAreCountedSyntaxCheckedAndTheCheckRunChangesNothing() {
    DrPlaybooks.write(base);
    DrPlaybooks.inventory(base, target);
    DrSpec dr =
        DrPlaybooks.dr(
            Optional.of(DrPlaybooks.FOLDER),
            Optional.of(DrPlaybooks.FOLDER + "/shared/verify.yml"),
            Optional.of("ansible/hosts.ini"));

    Evidence evidence = collect(new AnsibleCollector(), dr);

    assertThat(evidence.all(Measurement.class))
        .singleElement()
        .satisfies(m -> assertThat(m.data().name()).isEqualTo("ansible.playbooks"))
        .satisfies(m -> assertThat(m.data().value()).isEqualTo("5"));
    Map<String, PlaybookSyntax> syntax =
        evidence.all(PlaybookSyntax.class).stream()
            .collect(Collectors.toMap(p -> p.data().playbook(), p -> p.data()));
    String root = DrPlaybooks.FOLDER + "/";
    assertThat(syntax)
        .containsOnlyKeys(
            root + "site.yml",
            root + "everything.yaml",
            root + "broken-yaml.yml",
            root + "restore/broken-task.yml",
            root + "shared/verify.yml");
    assertThat(syntax.get(root + "site.yml").outcome()).isEqualTo(RunOutcome.PASSED);
    assertThat(syntax.get(root + "everything.yaml").outcome()).isEqualTo(RunOutcome.PASSED);
    PlaybookSyntax yaml = syntax.get(root + "broken-yaml.yml");
    assertThat(yaml.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(yaml.firstError()).hasValueSatisfying(e -> assertThat(e).contains("YAML"));
    assertThat(yaml.errorLine()).hasValue(4);
    PlaybookSyntax task = syntax.get(root + "restore/broken-task.yml");
    assertThat(task.firstError())
        .hasValue("conflicting action statements: ansible.builtin.debug, ansible.builtin.command");

    PlaybookCheckRun check =
        evidence.all(PlaybookCheckRun.class).stream().findFirst().orElseThrow().data();
    assertThat(check.outcome()).isEqualTo(RunOutcome.PASSED);
    assertThat(check.recap()).hasValue(new PlaybookCheckRun.Recap(1, 2, 1, 0, 0));
    assertThat(target.resolve("marker.txt")).as("--check wrote nothing").doesNotExist();
    assertThat(base.resolve(DrPlaybooks.FOLDER).resolve("broken-yaml.retry")).doesNotExist();

    Map<String, Finding> findings = judge(evidence);
    assertThat(findings.get(root + "site.yml").status()).isEqualTo(Status.PASS);
    Finding broken = findings.get(root + "restore/broken-task.yml");
    assertThat(broken.status()).isEqualTo(Status.FAIL);
    assertThat(broken.message()).contains("conflicting action statements");
    assertThat(broken.location().orElseThrow().display())
        .isEqualTo(root + "restore/broken-task.yml:4");
    assertThat(findings.get("--check " + root + "shared/verify.yml").message())
        .contains("passes in check mode", "1 would change");
  }

  @Test
  void aFailingCheckRunIsEvidenceWithItsFirstError() {
    DrPlaybooks.inventory(base, target);
    DrPlaybooks.file(
        base.resolve("dr/verify.yml"),
        """
        - hosts: local
          gather_facts: false
          tasks:
            - name: Restore target present
              ansible.builtin.fail: { msg: "restore target missing" }
        """);

    Evidence evidence =
        collect(
            new AnsibleCollector(),
            DrPlaybooks.dr(
                Optional.empty(), Optional.of("dr/verify.yml"), Optional.of("ansible/hosts.ini")));

    PlaybookCheckRun check =
        evidence.all(PlaybookCheckRun.class).stream().findFirst().orElseThrow().data();
    assertThat(check.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(check.firstError())
        .hasValueSatisfying(
            e ->
                assertThat(e)
                    .startsWith("fatal: [local]: FAILED!")
                    .contains("restore target missing"));
    Finding finding = judge(evidence).get("--check dr/verify.yml");
    assertThat(finding.status()).isEqualTo(Status.FAIL);
  }

  @Test
  void aCheckPlaybookWithATaskOutsideCheckModeIsNotRun() {
    DrPlaybooks.inventory(base, target);
    DrPlaybooks.file(
        base.resolve("dr/verify.yml"), "- hosts: local\n  gather_facts: false\n  roles: [mark]\n");
    DrPlaybooks.file(
        base.resolve("dr/roles/mark/tasks/main.yml"),
        """
        - name: Mark for real
          ansible.builtin.file: { path: "{{ target }}/marker.txt", state: touch }
          check_mode: false
        """);

    Evidence evidence =
        collect(
            new AnsibleCollector(),
            DrPlaybooks.dr(
                Optional.empty(), Optional.of("dr/verify.yml"), Optional.of("ansible/hosts.ini")));

    PlaybookCheckRun check =
        evidence.all(PlaybookCheckRun.class).stream().findFirst().orElseThrow().data();
    assertThat(check.outcome()).isEqualTo(RunOutcome.NOT_RUN);
    assertThat(check.firstError())
        .hasValueSatisfying(
            e -> assertThat(e).contains("roles/mark/tasks/main.yml:3", "opts out of check mode"));
    assertThat(target.resolve("marker.txt")).doesNotExist();
    assertThat(judge(evidence).get("--check dr/verify.yml").status()).isEqualTo(Status.UNVERIFIED);
  }

  @Test
  void aCheckRunThatMatchesNoHostVerifiesNothing() {
    DrPlaybooks.file(
        base.resolve("dr/verify.yml"),
        "- hosts: dr_hosts\n  gather_facts: false\n  tasks:\n    - ansible.builtin.ping: {}\n");

    Evidence evidence =
        collect(
            new AnsibleCollector(),
            DrPlaybooks.dr(Optional.empty(), Optional.of("dr/verify.yml"), Optional.empty()));

    PlaybookCheckRun check =
        evidence.all(PlaybookCheckRun.class).stream().findFirst().orElseThrow().data();
    assertThat(check.outcome()).isEqualTo(RunOutcome.PASSED);
    assertThat(check.recap()).isEmpty();
    Finding finding = judge(evidence).get("--check dr/verify.yml");
    assertThat(finding.status()).isEqualTo(Status.UNVERIFIED);
    assertThat(finding.message()).contains("matched no host");
  }

  @Test
  void aMissingBinaryLeavesEveryPlaybookUnverified() {
    DrPlaybooks.write(base);

    Evidence evidence =
        collect(
            new AnsibleCollector(base.resolve("no/such/ansible-playbook").toString()),
            DrPlaybooks.dr(Optional.of(DrPlaybooks.FOLDER), Optional.empty(), Optional.empty()));

    assertThat(evidence.all(PlaybookSyntax.class))
        .hasSize(DrPlaybooks.PLAYBOOKS)
        .allSatisfy(p -> assertThat(p.data().outcome()).isEqualTo(RunOutcome.NOT_RUN))
        .allSatisfy(p -> assertThat(p.data().firstError().orElseThrow()).contains("cannot start"));
    assertThat(judge(evidence).values()).allMatch(f -> f.status() == Status.UNVERIFIED);
  }

  @Test
  void aHangingAnsibleIsKilledAtTheDeadline() throws IOException {
    DrPlaybooks.write(base);
    Path hanging = base.resolve("bin/ansible-playbook");
    DrPlaybooks.file(hanging, "#!/bin/sh\nexec sleep 300\n");
    Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
    CollectionRunner runner =
        new CollectionRunner(
            List.of(new AnsibleCollector(hanging.toString())), e -> {}, Duration.ofSeconds(12));

    Evidence evidence =
        new Evidence(
            runner.collect(
                DrPlaybooks.with(
                    DrPlaybooks.dr(
                        Optional.of(DrPlaybooks.FOLDER), Optional.empty(), Optional.empty())),
                DrPlaybooks.context(base),
                "test"));

    assertThat(evidence.all(PlaybookSyntax.class))
        .extracting(p -> p.data().outcome())
        .contains(RunOutcome.TIMED_OUT)
        .doesNotContain(RunOutcome.PASSED);
    assertThat(ProcessHandle.current().descendants())
        .noneMatch(p -> p.info().commandLine().orElse("").contains("sleep 300"));
    assertThat(judge(evidence).values()).allMatch(f -> f.status() == Status.UNVERIFIED);
  }

  @Test
  void aMissingFolderFailsAndAnEmptyOneHasNoPlaybooks() throws IOException {
    Evidence missing =
        collect(
            new AnsibleCollector(),
            DrPlaybooks.dr(Optional.of("nope"), Optional.empty(), Optional.empty()));
    Finding gone = judge(missing).get("nope");
    assertThat(gone.status()).isEqualTo(Status.FAIL);
    assertThat(gone.message()).isEqualTo("dr.playbooks nope does not exist");

    Files.createDirectories(base.resolve("empty"));
    DrPlaybooks.file(base.resolve("empty/vars.yml"), "a: 1\n");
    Evidence empty =
        collect(
            new AnsibleCollector(),
            DrPlaybooks.dr(Optional.of("empty"), Optional.empty(), Optional.empty()));
    assertThat(judge(empty).get("empty").message()).startsWith("no playbooks in empty");
    assertThat(empty.all(Measurement.class).get(0).data().value()).isEqualTo("0");
  }

  private Evidence collect(AnsibleCollector collector, DrSpec dr) {
    return Collect.run(collector, DrPlaybooks.with(dr), DrPlaybooks.context(base));
  }

  private static Map<String, Finding> judge(Evidence evidence) {
    return Collect.judge(new PlaybooksCheck(), evidence).stream()
        .collect(Collectors.toMap(Finding::subject, Function.identity()));
  }
}
