package dev.opsgrade.check.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.docs.DocsFixture;
import dev.opsgrade.model.Claim;
import dev.opsgrade.model.Claim.Verdict;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims compared with measurements: matches, contradictions, unverifiable, dated, grades. */
class ClaimEvaluatorTest {
  private static final Optional<GradeSnapshot> GRADE = Optional.of(new GradeSnapshot(72.4, "B"));
  @TempDir static Path dir;
  static Evidence corpus;

  @BeforeAll
  static void collectCorpus() throws Exception {
    DocsFixture.copyCorpus(dir);
    DocsFixture.commitAll(dir, Instant.parse("2026-01-10T12:00:00Z"), "docs");
    corpus =
        EvidenceFixture.fromBundle(DocsFixture.collect(dir, DocsFixture.corpusDocs()))
            .estate()
            .evidence();
  }

  private static List<String> verdicts(List<Claim> claims) {
    return claims.stream()
        .map(c -> c.file() + ":" + c.line() + " " + c.claimed() + " " + c.verdict())
        .toList();
  }

  @Test
  void everyClaimOfTheCorpusHasItsVerdict() {
    assertThat(verdicts(ClaimEvaluator.evaluate(corpus, GRADE)))
        .containsExactly(
            ".docs/DOC_INVENTORY.md:3 docs.files = 8 CONTRADICTS",
            ".docs/DOC_INVENTORY.md:20 docs.files = 33 CONTRADICTS",
            ".docs/INFRASTRUCTURE.md:5 containers.total = 83 CONTRADICTS",
            ".docs/INFRASTRUCTURE.md:10 containers.host.master = 25 MATCHES",
            ".docs/INFRASTRUCTURE.md:11 containers.host.lady = 58 CONTRADICTS",
            ".docs/INFRASTRUCTURE.md:12 containers.total = 83 CONTRADICTS",
            ".docs/INFRASTRUCTURE.md:14 containers.host.lady = 37 MATCHES",
            ".docs/INFRASTRUCTURE.md:14 containers.host.master = 25 MATCHES",
            ".docs/INFRASTRUCTURE.md:14 containers.total = 62 MATCHES",
            ".docs/INFRASTRUCTURE.md:24 traefik.routers = 31 MATCHES",
            ".docs/README.md:6 containers.healthy = 60 MATCHES",
            ".docs/README.md:6 containers.total = 62 MATCHES",
            ".docs/README.md:15 ansible.playbooks = 46 UNVERIFIABLE",
            ".docs/README.md:20 containers.running = 62/62 MATCHES",
            ".docs/STATUS.md:5 grade.letter = A+++ CONTRADICTS",
            ".docs/STATUS.md:5 grade.score = 97 CONTRADICTS",
            ".docs/STATUS.md:6 containers.healthy = 62/62 CONTRADICTS",
            ".docs/STATUS.md:6 containers.unhealthy = 0 CONTRADICTS",
            ".docs/STATUS.md:7 grafana.dashboards = 7 MATCHES",
            ".docs/STATUS.md:8 prometheus.targets.up = 24/24 CONTRADICTS",
            ".docs/STATUS.md:14 grade.letter = B MATCHES",
            ".docs/STATUS.md:15 grade.score = 72 MATCHES",
            ".docs/STATUS.md:16 containers.total = 62 MATCHES",
            ".docs/STATUS.md:17 grafana.dashboards = 7 MATCHES",
            ".docs/STATUS.md:21 grade.score = 72 MATCHES",
            ".docs/TODO.md:6 traefik.routers = 31 MATCHES",
            ".docs/TODO.md:9 containers.healthy = 62/62 CONTRADICTS",
            ".docs/TODO.md:13 prometheus.targets.up = 24/24 CONTRADICTS",
            ".docs/TODO.md:16 ansible.playbooks = 46 UNVERIFIABLE",
            ".docs/phases/PHASE-1_REPORT.md:8 containers.host.lady = 35 CONTRADICTS",
            ".docs/phases/PHASE-1_REPORT.md:8 containers.host.master = 20 CONTRADICTS",
            ".docs/phases/PHASE-1_REPORT.md:8 containers.total = 55 CONTRADICTS",
            ".docs/phases/PHASE-1_REPORT.md:8 containers.total = 55 CONTRADICTS",
            ".docs/phases/PHASE-1_REPORT.md:9 grade.letter = C+ CONTRADICTS",
            ".docs/phases/PHASE-1_REPORT.md:9 grade.score = 66 CONTRADICTS",
            ".docs/runbooks/DISASTER_RECOVERY.md:3 ansible.playbooks = 46 UNVERIFIABLE",
            ".docs/runbooks/DISASTER_RECOVERY.md:7 containers.host.master = 25 MATCHES",
            ".docs/runbooks/MONITORING.md:3 prometheus.targets = 24 MATCHES",
            ".docs/runbooks/MONITORING.md:3 prometheus.targets.up = 23/24 MATCHES",
            ".docs/runbooks/MONITORING.md:4 grafana.dashboards = 7 MATCHES",
            ".docs/runbooks/STORAGE.md:3 docker.volumes = 18 UNVERIFIABLE");
  }

  @Test
  void contradictionsSayWhatWasMeasuredAndByWhom() {
    Claim healthy =
        claimAt(ClaimEvaluator.evaluate(corpus, GRADE), ".docs/STATUS.md", 6, "containers.healthy");
    assertThat(healthy.measured()).contains("60/62 (docker, 2 hosts)");
    assertThat(healthy.note()).contains("as of 2026-01-10, 22 days before the measurement");
    Claim grade =
        claimAt(ClaimEvaluator.evaluate(corpus, GRADE), ".docs/STATUS.md", 5, "grade.letter");
    assertThat(grade.measured()).contains("B (this assessment)");
    Claim score =
        claimAt(ClaimEvaluator.evaluate(corpus, GRADE), ".docs/STATUS.md", 15, "grade.score");
    assertThat(score.measured()).contains("72.4 (this assessment)");
    assertThat(score.verdict()).isEqualTo(Verdict.MATCHES);
  }

  @Test
  void withoutAGradeGradeClaimsAreUnverifiable() {
    List<Claim> claims = ClaimEvaluator.evaluate(corpus, Optional.empty());
    Claim letter = claimAt(claims, ".docs/STATUS.md", 14, "grade.letter");
    assertThat(letter.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(letter.measured()).isEmpty();
    assertThat(letter.note().orElseThrow()).startsWith("no grade yet");
  }

  @Test
  void unverifiableSaysWhichCollectorWouldMeasure() {
    List<Claim> claims = ClaimEvaluator.evaluate(corpus, GRADE);
    assertThat(claimAt(claims, ".docs/TODO.md", 16, "ansible.playbooks").note())
        .contains(
            "no measurement of ansible.playbooks yet: the Ansible collector (dr.playbooks)"
                + " would measure it");
    assertThat(claimAt(claims, ".docs/runbooks/STORAGE.md", 3, "docker.volumes").note())
        .contains(
            "no collector measures docker.volumes: a docs.claims pattern can only be checked"
                + " against a measurement that some collector reports");
  }

  @Test
  void aFailedCollectorIsNamedAsTheReason() {
    Evidence evidence =
        EvidenceFixture.fromMarkdown("Our estate runs 83 containers.")
            .run("docker", CollectorRun.Outcome.FAILED, "ssh://ops@master: connection refused")
            .evidence();
    assertThat(ClaimEvaluator.evaluate(evidence, GRADE))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
              assertThat(c.note())
                  .contains(
                      "no measurement of containers.total: the docker collector"
                          + " failed (homelab: ssh://ops@master: connection refused)");
            });
  }

  @Test
  void aHostTheInventoryDoesNotKnowIsNamed() {
    Evidence evidence =
        EvidenceFixture.fromMarkdown("25 Master + 12 Gamma = 37 containers").estate().evidence();
    Claim gamma =
        claimAt(ClaimEvaluator.evaluate(evidence, GRADE), ".docs/T.md", 1, "containers.host.gamma");
    assertThat(gamma.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    assertThat(gamma.note().orElseThrow()).startsWith("no host named 'gamma' in the inventory");
  }

  @Test
  void eachKindMatchesAndContradicts() {
    record Case(String text, Verdict verdict, String measured) {}
    List<Case> cases =
        List.of(
            new Case("62 containers.", Verdict.MATCHES, "62"),
            new Case("60 containers.", Verdict.CONTRADICTS, "62"),
            new Case("62 containers running.", Verdict.MATCHES, "62"),
            new Case("master runs 24 containers.", Verdict.CONTRADICTS, "25"),
            new Case("60/62 healthy", Verdict.MATCHES, "60/62"),
            new Case("60/61 healthy", Verdict.CONTRADICTS, "60/62"),
            new Case("2 unhealthy containers", Verdict.MATCHES, "2"),
            new Case("No unhealthy containers.", Verdict.CONTRADICTS, "2"),
            new Case("Grade: B", Verdict.MATCHES, "B"),
            new Case("Grade: B+", Verdict.CONTRADICTS, "B"),
            new Case("Score: 72.4/100", Verdict.MATCHES, "72.4"),
            new Case("Score: 72.5/100", Verdict.CONTRADICTS, "72.4"),
            new Case("7/7 dashboards", Verdict.MATCHES, "7"),
            new Case("9 dashboards", Verdict.CONTRADICTS, "7"),
            new Case("23/24 targets up", Verdict.MATCHES, "23/24"),
            new Case("All 24 targets up", Verdict.CONTRADICTS, "23/24"),
            new Case("30 routers loaded", Verdict.CONTRADICTS, "31"),
            new Case("46 playbooks", Verdict.UNVERIFIABLE, ""));
    for (Case c : cases) {
      Evidence evidence = EvidenceFixture.fromMarkdown(c.text()).estate().evidence();
      assertThat(ClaimEvaluator.assess(evidence, GRADE))
          .as(c.text())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.verdict()).as(c.text()).isEqualTo(c.verdict());
                assertThat(e.measuredText().orElse("")).as(c.text()).isEqualTo(c.measured());
              });
    }
  }

  @Test
  void correctionsKeepTheWordsOfTheDoc() {
    record Case(String text, String correction) {}
    List<Case> cases =
        List.of(
            new Case("Our estate runs 83 containers.", "62 containers"),
            new Case("62/62 containers healthy", "60/62 containers healthy"),
            new Case("60 of 61 containers are up", "62 of 62 containers are up"),
            new Case("No unhealthy containers.", "2 unhealthy containers"),
            new Case("25 Master + 40 Lady = 65 containers", "37 Lady"),
            new Case("Overall: 97/100", "72/100"),
            new Case("Grade: A+++", "Grade: B"),
            new Case("9/9 dashboards", "7 dashboards"),
            new Case("A total of 1,200 containers", "62 containers"));
    for (Case c : cases) {
      Evidence evidence = EvidenceFixture.fromMarkdown(c.text()).estate().evidence();
      assertThat(
              ClaimEvaluator.assess(evidence, GRADE).stream().flatMap(e -> e.correction().stream()))
          .as(c.text())
          .contains(c.correction());
    }
  }

  @Test
  void datedClaimsAreComparedAndCarryTheirDate() {
    Evidence evidence =
        EvidenceFixture.fromMarkdown("## Status as of 2026-01-20\n\n62 containers.\n")
            .estate()
            .evidence();
    assertThat(ClaimEvaluator.evaluate(evidence, GRADE))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.verdict()).isEqualTo(Verdict.MATCHES);
              assertThat(c.note()).contains("as of 2026-01-20, 12 days before the measurement");
            });
  }

  private static Claim claimAt(List<Claim> claims, String file, int line, String fact) {
    return claims.stream()
        .filter(
            c -> c.file().equals(file) && c.line() == line && c.claimed().startsWith(fact + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim of " + fact + " at " + file + ":" + line));
  }
}
