package dev.opsgrade.collect.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.inventory.DocsSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of claim from small strings: what is a claim, what only looks like one. */
class ClaimFinderTest {
  private static final ClaimFinder FINDER =
      new ClaimFinder(
          List.of("master", "lady"),
          List.of(
              ClaimFinder.userRule(new DocsSpec.ClaimPattern("(\\d+) volumes", "docker.volumes"))));

  static List<DocClaim> find(String markdown) {
    return find(markdown, false);
  }

  static List<DocClaim> find(String markdown, boolean inventory) {
    return FINDER.find(new ClaimFinder.Doc("t.md", inventory), MarkdownReader.read(markdown));
  }

  /** "fact=value" or "fact=value/outOf", in the order found. */
  static List<String> facts(String markdown) {
    return find(markdown).stream()
        .map(c -> c.fact() + "=" + c.value() + c.outOf().map(o -> "/" + o).orElse(""))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Our estate runs 83 containers on two VPS hosts.; containers.total=83",
        "Containers: 62; containers.total=62",
        "A total of 1,200 containers.; containers.total=1200",
        "We run 62 Docker containers.; containers.total=62",
        "62 containers running.; containers.running=62",
        "There are 62 running containers.; containers.running=62",
        "62/62 containers running; containers.running=62/62",
        "60 of 62 containers are up; containers.running=60/62",
        "All 62 containers are running.; containers.running=62/62",
        "62/62 containers healthy; containers.healthy=62/62",
        "62/62 healthy; containers.healthy=62/62",
        "All 62 containers healthy.; containers.healthy=62/62",
        "60 containers are healthy.; containers.healthy=60",
        "60 healthy, 2 unhealthy.; containers.healthy=60, containers.unhealthy=2",
        "0 unhealthy containers.; containers.unhealthy=0",
        "No unhealthy containers.; containers.unhealthy=0",
        "2 of 62 containers are unhealthy.; containers.unhealthy=2/62",
        "Unhealthy: 3; containers.unhealthy=3",
        "25 Master + 37 Lady = 62 containers; containers.host.master=25, containers.host.lady=37,"
            + " containers.total=62",
        "master runs 25 containers.; containers.host.master=25",
        "Master (25 containers) and lady (37 containers).;"
            + " containers.host.master=25, containers.host.lady=37",
        "25 containers on master, 37 on lady.; containers.host.master=25, containers.host.lady=37",
        "Grade: A+++; grade.letter=A+++",
        "Overall grade: B (72/100).; grade.letter=B, grade.score=72",
        "We are an A- grade estate.; grade.letter=A-",
        "Production readiness A+++ reached.; grade.letter=A+++",
        "Score: 72/100; grade.score=72",
        "The assessment scored 72.5 out of 100.; grade.score=72.5",
        "**72/100**; grade.score=72",
        "Grafana has 7 dashboards.; grafana.dashboards=7",
        "7/7 dashboards working; grafana.dashboards=7",
        "Dashboards: 7; grafana.dashboards=7",
        "Prometheus scrapes 24 targets.; prometheus.targets=24",
        "23/24 targets up; prometheus.targets.up=23/24",
        "All 24 targets are up.; prometheus.targets.up=24/24",
        "24 targets up; prometheus.targets.up=24",
        "31 routers loaded; traefik.routers=31",
        "Traefik has 31 HTTP routers.; traefik.routers=31",
        "DR is automated by 46 playbooks in ansible/playbooks.; ansible.playbooks=46",
        "46 Ansible playbooks; ansible.playbooks=46",
        "The docs folder holds 33 files.; docs.files=33",
        "33 Markdown files; docs.files=33",
        "We keep 12 volumes on master.; docker.volumes=12",
      })
  void findsEachKind(String sentence, String expected) {
    assertThat(facts(sentence)).containsExactly(expected.split(",\\s*"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Release 2026-01-10 shipped.",
        "Traefik v2.10.4 and Traefik 3.1 routers.",
        "Traefik listens on :8080 and on port 443.",
        "Phase 2 takes 3-5 days.",
        "Uptime target 99.9%.",
        "Each host has 2 vCPU and 40 GB of disk.",
        "Step 3: restore the snapshot.",
        "Master is at 203.0.113.10 and lady at 10.0.0.5.",
        "Backups run at 03:00.",
        "RTO 1h, RPO 24h.",
        "We plan to reach grade A+++ by March.",
        "Target grade: A+",
        "The master should run 25 containers.",
        "After the migration 83 containers will run.",
        "More than 3 containers restarted today.",
        "About 60 containers run here.",
        "~60 containers",
        "2 or 3 containers may restart.",
        "Scale to 100 containers.",
        "Add 5 dashboards.",
        "If 2 containers are unhealthy, page the on-call.",
        "Are all 62 containers healthy?",
        "SSL Labs grade: A+",
        "Lighthouse score 98/100.",
        "3 targets per host.",
        "1 unhealthy target.",
        "Run `docker ps -n 62` to see the containers.",
        "The snapshot has 1200 files.",
        "Score of 3 hosts.",
        "A+ rating is easy with HSTS.",
        "Version 1.2.3 containers",
      })
  void ignoresWhatOnlyLooksLikeAClaim(String sentence) {
    assertThat(facts(sentence)).as(sentence).isEmpty();
  }

  @Test
  void inlineCodeIsNotProse() {
    assertThat(facts("The count is `83 containers` per `docker ps`.")).isEmpty();
  }

  @Test
  void codeBlocksAreIgnored() {
    String md = "Text.\n\n```\n$ docker ps | wc -l\n83 containers\n```\n\n    62 containers\n";
    assertThat(facts(md)).isEmpty();
  }

  @Test
  void uncheckedTasksArePlansCheckedTasksAreClaims() {
    String md = "- [ ] Add 3 dashboards, 7 dashboards then\n- [x] All 62 containers healthy\n";
    assertThat(facts(md)).containsExactly("containers.healthy=62/62");
  }

  @Test
  void listNumberingIsNotAClaim() {
    assertThat(facts("1. Order a VPS\n2. Install 46 playbooks\n3. Done\n"))
        .containsExactly("ansible.playbooks=46");
  }

  @Test
  void hostTableClaimsPerHostAndTotal() {
    String md =
        "| Host | Role | Containers | Public IP |\n|---|---|---|---|\n"
            + "| master | proxy | 25 | 203.0.113.10 |\n| Lady | media | 37 (all healthy) | 203.0.113.11 |\n"
            + "| **Total** | | **62** | |\n";
    List<DocClaim> claims = find(md);
    assertThat(claims)
        .extracting(DocClaim::line, DocClaim::fact, DocClaim::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "containers.host.master", "25"),
            org.assertj.core.groups.Tuple.tuple(4, "containers.host.lady", "37"),
            org.assertj.core.groups.Tuple.tuple(5, "containers.total", "62"));
    assertThat(claims.get(1).host()).contains("lady");
    assertThat(claims.get(1).phrase()).isEqualTo("37 (all healthy)");
  }

  @Test
  void keyValueTablesReadLikeProse() {
    String md =
        "| Metric | Value |\n|---|---|\n| Grade | A+++ |\n| Score | 72/100 |\n"
            + "| Containers | 62 |\n| Grafana dashboards | 7 |\n| Phase 2 | 3-5 days |\n";
    assertThat(facts(md))
        .containsExactly(
            "grade.letter=A+++", "grade.score=72", "containers.total=62", "grafana.dashboards=7");
  }

  @Test
  void claimLineIsTheLineOfTheNumber() {
    String md = "# Title\n\nThe estate is large and\nruns 83 containers\nin total.\n";
    assertThat(find(md))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.line()).isEqualTo(4);
              assertThat(c.phrase()).isEqualTo("83 containers");
              assertThat(c.text())
                  .isEqualTo("The estate is large and runs 83 containers in total.");
            });
  }

  @Test
  void datedClaimsCarryTheirDate() {
    String md =
        "# Status\n\nLast reviewed: 2026-01-10 by ops.\n\n62 containers.\n\n"
            + "## Report of 3 March 2026\n\n60 containers.\n\nAs of 2026-04-01, 61 containers.\n\n"
            + "# Other\n\n59 containers.\n";
    assertThat(find(md))
        .extracting(DocClaim::value, DocClaim::asOf)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("62", Optional.of(LocalDate.of(2026, 1, 10))),
            org.assertj.core.groups.Tuple.tuple("60", Optional.of(LocalDate.of(2026, 3, 3))),
            org.assertj.core.groups.Tuple.tuple("61", Optional.of(LocalDate.of(2026, 4, 1))),
            org.assertj.core.groups.Tuple.tuple("59", Optional.empty()));
  }

  @Test
  void plainFilesCountOnlyAboutDocs() {
    assertThat(find("Total: 33 files.", true))
        .extracting(DocClaim::fact)
        .containsExactly("docs.files");
    assertThat(find("Total: 33 files.", false)).isEmpty();
  }

  @Test
  void writtenValueKeepsTheFormOfTheDoc() {
    assertThat(find("62/62 containers healthy"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.written()).isEqualTo("62/62");
              assertThat(c.phrase()).isEqualTo("62/62 containers healthy");
            });
    assertThat(find("No unhealthy containers."))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.written()).isEqualTo("No");
              assertThat(c.value()).isEqualTo("0");
            });
  }
}
