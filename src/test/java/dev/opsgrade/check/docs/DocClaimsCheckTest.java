package dev.opsgrade.check.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Check;
import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.check.Findings;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocClaimsCheckTest {
  private static final Findings FINDINGS = new Findings(Catalogue.standard().get("doc.claims"));
  private static final GradeSnapshot GRADE = new GradeSnapshot(72.4, "B");

  private static List<Finding> run(Evidence evidence, Optional<GradeSnapshot> grade) {
    return new DocClaimsCheck(grade).evaluate(evidence, FINDINGS);
  }

  @Test
  void contradictionFailsAtTheLineWithTheWordsToWrite() {
    Evidence evidence =
        EvidenceFixture.fromMarkdown("# Overview\n\nOur estate runs 83 containers.\n")
            .estate()
            .evidence();
    assertThat(run(evidence, Optional.of(GRADE)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.subject()).isEqualTo(".docs/T.md:3 containers.total");
              assertThat(f.message())
                  .isEqualTo("line 3 says '83 containers'; measured 62 (docker, 2 hosts)");
              assertThat(f.location().orElseThrow().display()).isEqualTo(".docs/T.md:3");
              assertThat(f.fix())
                  .contains("in .docs/T.md line 3, change '83 containers' to '62 containers'");
              assertThat(f.evidence())
                  .containsExactly(
                      "docs.claim:.docs/T.md:3 containers.total", "measure:containers.total");
            });
  }

  @Test
  void aBareTableCellIsShownWithItsRow() {
    Evidence evidence =
        EvidenceFixture.fromMarkdown("| Host | Containers |\n|---|---|\n| lady | 58 |\n")
            .estate()
            .evidence();
    assertThat(run(evidence, Optional.of(GRADE)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .isEqualTo("line 3 says '58' (lady | 58); measured 37 (docker, lady)");
              assertThat(f.fix()).contains("in .docs/T.md line 3, change '58' to '37'");
            });
  }

  @Test
  void matchPassesAndDatedClaimSaysItsDate() {
    Evidence evidence =
        EvidenceFixture.fromMarkdown("As of 2026-01-10, 31 routers loaded.").estate().evidence();
    assertThat(run(evidence, Optional.of(GRADE)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.PASS);
              assertThat(f.message())
                  .isEqualTo(
                      "line 1 says '31 routers'; measured 31 (traefik) (written as of 2026-01-10)");
            });
  }

  @Test
  void datedContradictionOffersToMarkItAsHistory() {
    Evidence evidence =
        EvidenceFixture.fromMarkdown("## Report of 2025-12-10\n\n55 containers.\n")
            .estate()
            .evidence();
    assertThat(run(evidence, Optional.of(GRADE)).getFirst().fix().orElseThrow())
        .isEqualTo(
            "in .docs/T.md line 3, change '55 containers' to '62 containers' (or, if the"
                + " section records 2025-12-10 on purpose, mark it as history)");
  }

  @Test
  void unmeasuredClaimIsUnverifiedWithTheCollectorThatWouldMeasureIt() {
    Evidence evidence = EvidenceFixture.fromMarkdown("Grafana has 7 dashboards.").evidence();
    assertThat(run(evidence, Optional.of(GRADE)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message())
                  .isEqualTo(
                      "no evidence: line 1 says '7 dashboards': no measurement of"
                          + " grafana.dashboards yet: the Grafana collector (monitoring.grafana) would measure it");
              assertThat(f.location()).isPresent();
            });
  }

  @Test
  void gradeClaimsWaitForTheGradeThenCompare() {
    Evidence evidence = EvidenceFixture.fromMarkdown("Grade: A+++").estate().evidence();
    assertThat(run(evidence, Optional.empty()).getFirst().status()).isEqualTo(Status.UNVERIFIED);
    assertThat(run(evidence, Optional.of(GRADE)).getFirst().status()).isEqualTo(Status.FAIL);
    assertThat(run(evidence, Optional.of(new GradeSnapshot(96, "A+++"))).getFirst().status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void withGradeReplacesOnlyDocClaimsInTheRegistry() {
    List<Check> checks = DocClaimsCheck.withGrade(CheckRegistry.standard().checks(), GRADE);
    assertThat(checks).hasSize(CheckRegistry.standard().checks().size());
    Evidence evidence = EvidenceFixture.fromMarkdown("Grade: B").estate().evidence();
    List<Finding> findings =
        new CheckRegistry(Catalogue.standard(), checks)
            .evaluate(evidence).stream().filter(f -> f.check().equals("doc.claims")).toList();
    assertThat(findings).singleElement().extracting(Finding::status).isEqualTo(Status.PASS);
  }

  @Test
  void noDocsConfiguredIsUnverifiedWithTheReason() {
    Evidence evidence = EvidenceFixture.fromMarkdown("").docs(Optional.empty()).evidence();
    assertThat(run(evidence, Optional.of(GRADE)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message()).startsWith("no evidence: no docs configured: add docs.path");
            });
  }

  @Test
  void failedDocsCollectorIsUnverifiedAndNamed() {
    Evidence evidence =
        new EvidenceFixture()
            .run("docs", CollectorRun.Outcome.FAILED, "docs.path '.docs': no such folder")
            .evidence();
    assertThat(run(evidence, Optional.of(GRADE)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message())
                  .contains(
                      "the docs collector failed (FAILED homelab: docs.path '.docs':"
                          + " no such folder)");
            });
  }

  @Test
  void docsWithoutClaimsAreNotApplicable() {
    Evidence evidence = EvidenceFixture.fromMarkdown("Phase 2 takes 3-5 days.").evidence();
    assertThat(run(evidence, Optional.of(GRADE)))
        .singleElement()
        .extracting(Finding::status)
        .isEqualTo(Status.NOT_APPLICABLE);
  }
}
