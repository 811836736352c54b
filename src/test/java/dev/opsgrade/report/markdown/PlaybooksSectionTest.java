package dev.opsgrade.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.ansible.PlaybookCheckRun;
import dev.opsgrade.collect.ansible.PlaybookFolder;
import dev.opsgrade.collect.ansible.PlaybookSyntax;
import dev.opsgrade.collect.ansible.RunOutcome;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaybooksSectionTest {
  static final String DIR = "ansible/playbooks";

  @Test
  void failingPlaybooksComeFirstWithTheirFirstErrorAndLine() {
    DrEvidence evidence =
        new DrEvidence()
            .dr(DIR, Optional.of(DIR + "/shared/verify.yml"))
            .fact(DIR, new PlaybookFolder(DIR, 4, Optional.empty()))
            .fact("a", syntax("site.yml", RunOutcome.PASSED, null, null, 700))
            .fact(
                "b",
                syntax(
                    "broken.yml",
                    RunOutcome.FAILED,
                    "Syntax Error while loading YAML: did not find expected '-' indicator",
                    4,
                    650))
            .fact(
                "c",
                syntax(
                    "zz.yml",
                    RunOutcome.NOT_RUN,
                    "cannot start ansible-playbook: error=2, No such file or directory",
                    null,
                    0))
            .fact("d", syntax("shared/verify.yml", RunOutcome.PASSED, null, null, 1234))
            .fact(
                "check",
                new PlaybookCheckRun(
                    DIR + "/shared/verify.yml",
                    Optional.of("ansible/hosts.ini"),
                    RunOutcome.PASSED,
                    Optional.empty(),
                    Optional.of(new PlaybookCheckRun.Recap(1, 2, 1, 0, 0)),
                    1250));

    String section = PlaybooksSection.render(evidence.evidence());

    assertThat(section)
        .startsWith("## DR playbooks\n\n")
        .contains(
            "`ansible/playbooks`: 4 playbooks, 2 pass `ansible-playbook --syntax-check`, 1 fail, 1 not checked.")
        .contains(
            "| playbook | syntax | first error | took |\n|---|---|---|---:|\n"
                + "| ansible/playbooks/broken.yml:4 | error | Syntax Error while loading YAML: did not find expected '-' indicator | 0.7 s |\n"
                + "| ansible/playbooks/zz.yml | not checked | cannot start ansible-playbook: error=2, No such file or directory | - |\n"
                + "| ansible/playbooks/shared/verify.yml | ok | - | 1.2 s |\n"
                + "| ansible/playbooks/site.yml | ok | - | 0.7 s |\n")
        .contains(
            "Check run (read-only): ansible-playbook --check -i ansible/hosts.ini"
                + " ansible/playbooks/shared/verify.yml: passed in 1.3 s (1 host, 2 ok, 1 would"
                + " change, 0 unreachable, 0 failed).");
  }

  @Test
  void aMissingFolderAndAFailedCheckRunAreSaid() {
    DrEvidence evidence =
        new DrEvidence()
            .dr("nope", Optional.of("dr/verify.yml"))
            .fact(
                "nope",
                new PlaybookFolder("nope", 0, Optional.of("dr.playbooks nope does not exist")))
            .fact(
                "check",
                new PlaybookCheckRun(
                    "dr/verify.yml",
                    Optional.empty(),
                    RunOutcome.FAILED,
                    Optional.of("fatal: [local]: FAILED! => {\"msg\": \"restore target missing\"}"),
                    Optional.of(new PlaybookCheckRun.Recap(1, 0, 0, 0, 1)),
                    900));

    String section = PlaybooksSection.render(evidence.evidence());

    assertThat(section)
        .contains("dr.playbooks nope does not exist.\n")
        .contains("failed after 0.9 s (1 host, 0 ok, 0 would change, 0 unreachable, 1 failed).")
        .contains(
            "First error: fatal: \\[local\\]: FAILED! =&gt; {\"msg\": \"restore target missing\"}.");
  }

  @Test
  void nothingConfiguredSaysSo() {
    assertThat(PlaybooksSection.render(new DrEvidence().evidence()))
        .isEqualTo(
            "## DR playbooks\n\nNo DR playbooks are configured (dr.playbooks, dr.check_playbook).\n");
  }

  private static PlaybookSyntax syntax(
      String file, RunOutcome outcome, String error, Integer line, long millis) {
    return new PlaybookSyntax(
        DIR + "/" + file, outcome, Optional.ofNullable(error), Optional.ofNullable(line), millis);
  }
}
