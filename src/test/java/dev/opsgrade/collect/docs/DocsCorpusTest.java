package dev.opsgrade.collect.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Evidence;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs corpus, written like real runbooks, read by the real collector: every claim it holds is
 * found, and nothing else (dates, versions, ports, durations, sizes, list numbers, code).
 */
class DocsCorpusTest {
  @TempDir static Path dir;
  static Evidence evidence;

  @BeforeAll
  static void collect() throws Exception {
    DocsFixture.copyCorpus(dir);
    DocsFixture.commitAll(dir, Instant.parse("2026-01-10T12:00:00Z"), "docs");
    evidence = new Evidence(DocsFixture.collect(dir, DocsFixture.corpusDocs()));
  }

  @Test
  void findsExactlyTheClaimsOfTheCorpus() {
    List<String> found =
        evidence.all(DocClaim.class).stream()
            .map(v -> v.data())
            .map(
                c ->
                    c.file()
                        + ":"
                        + c.line()
                        + " "
                        + c.kind()
                        + " "
                        + c.fact()
                        + "="
                        + c.value()
                        + c.outOf().map(o -> "/" + o).orElse("")
                        + c.asOf().map(d -> " @" + d).orElse(""))
            .toList();
    assertThat(found)
        .containsExactlyInAnyOrder(
            ".docs/DOC_INVENTORY.md:3 docs.files docs.files=8",
            ".docs/DOC_INVENTORY.md:20 docs.files docs.files=33",
            ".docs/INFRASTRUCTURE.md:5 containers.total containers.total=83 @2026-01-10",
            ".docs/INFRASTRUCTURE.md:10 containers.host containers.host.master=25 @2026-01-10",
            ".docs/INFRASTRUCTURE.md:11 containers.host containers.host.lady=58 @2026-01-10",
            ".docs/INFRASTRUCTURE.md:12 containers.total containers.total=83 @2026-01-10",
            ".docs/INFRASTRUCTURE.md:14 containers.host containers.host.master=25 @2026-01-10",
            ".docs/INFRASTRUCTURE.md:14 containers.host containers.host.lady=37 @2026-01-10",
            ".docs/INFRASTRUCTURE.md:14 containers.total containers.total=62 @2026-01-10",
            ".docs/INFRASTRUCTURE.md:24 traefik.routers traefik.routers=31 @2026-01-10",
            ".docs/STATUS.md:5 grade.letter grade.letter=A+++ @2026-01-10",
            ".docs/STATUS.md:5 grade.score grade.score=97 @2026-01-10",
            ".docs/STATUS.md:6 containers.healthy containers.healthy=62/62 @2026-01-10",
            ".docs/STATUS.md:6 containers.unhealthy containers.unhealthy=0 @2026-01-10",
            ".docs/STATUS.md:7 grafana.dashboards grafana.dashboards=7 @2026-01-10",
            ".docs/STATUS.md:8 prometheus.targets prometheus.targets.up=24/24 @2026-01-10",
            ".docs/STATUS.md:14 grade.letter grade.letter=B",
            ".docs/STATUS.md:15 grade.score grade.score=72",
            ".docs/STATUS.md:16 containers.total containers.total=62",
            ".docs/STATUS.md:17 grafana.dashboards grafana.dashboards=7",
            ".docs/STATUS.md:21 grade.score grade.score=72",
            ".docs/TODO.md:6 traefik.routers traefik.routers=31",
            ".docs/TODO.md:9 containers.healthy containers.healthy=62/62",
            ".docs/TODO.md:13 prometheus.targets prometheus.targets.up=24/24",
            ".docs/TODO.md:16 ansible.playbooks ansible.playbooks=46",
            ".docs/phases/PHASE-1_REPORT.md:8 containers.total containers.total=55 @2025-12-10",
            ".docs/phases/PHASE-1_REPORT.md:8 containers.host containers.host.master=20 @2025-12-10",
            ".docs/phases/PHASE-1_REPORT.md:8 containers.host containers.host.lady=35 @2025-12-10",
            ".docs/phases/PHASE-1_REPORT.md:8 containers.total containers.total=55 @2025-12-10",
            ".docs/phases/PHASE-1_REPORT.md:9 grade.letter grade.letter=C+ @2025-12-10",
            ".docs/phases/PHASE-1_REPORT.md:9 grade.score grade.score=66 @2025-12-10",
            ".docs/runbooks/DISASTER_RECOVERY.md:3 ansible.playbooks ansible.playbooks=46",
            ".docs/runbooks/DISASTER_RECOVERY.md:7 containers.host containers.host.master=25",
            ".docs/runbooks/MONITORING.md:3 prometheus.targets prometheus.targets=24",
            ".docs/runbooks/MONITORING.md:3 prometheus.targets prometheus.targets.up=23/24",
            ".docs/runbooks/MONITORING.md:4 grafana.dashboards grafana.dashboards=7",
            ".docs/runbooks/STORAGE.md:3 docker.volumes docker.volumes=18",
            ".docs/README.md:6 containers.total containers.total=62 @2026-01-12",
            ".docs/README.md:6 containers.healthy containers.healthy=60 @2026-01-12",
            ".docs/README.md:15 ansible.playbooks ansible.playbooks=46",
            ".docs/README.md:20 containers.running containers.running=62/62");
  }

  @Test
  void theCorpusHoldsEveryKind() {
    assertThat(evidence.all(DocClaim.class).stream().map(v -> v.data().kind()).distinct())
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.Stream.concat(
                    ClaimKinds.BUILT_IN.stream(), java.util.stream.Stream.of("docker.volumes"))
                .toList());
  }

  @Test
  void claimsKeepTheirWordsForTheFix() {
    DocClaim total =
        evidence.all(DocClaim.class).stream()
            .map(v -> v.data())
            .filter(c -> c.file().endsWith("INFRASTRUCTURE.md") && c.line() == 5)
            .findFirst()
            .orElseThrow();
    assertThat(total.phrase()).isEqualTo("83 containers");
    assertThat(total.written()).isEqualTo("83");
    assertThat(total.text())
        .isEqualTo(
            "Our estate runs 83 containers on two Contabo VPS hosts, behind Traefik 3.1 with"
                + " Authelia SSO.");
  }

  @Test
  void inventoryListsPathsByLinkCodeAndBareText() {
    DocInventory inventory = evidence.all(DocInventory.class).getFirst().data();
    assertThat(inventory.file()).isEqualTo(".docs/DOC_INVENTORY.md");
    assertThat(inventory.entries())
        .extracting(DocInventory.Entry::path, DocInventory.Entry::line, DocInventory.Entry::exists)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(".docs/INFRASTRUCTURE.md", 5, true),
            org.assertj.core.groups.Tuple.tuple(".docs/STATUS.md", 6, true),
            org.assertj.core.groups.Tuple.tuple(".docs/TODO.md", 7, true),
            org.assertj.core.groups.Tuple.tuple(".docs/phases/PHASE-1_REPORT.md", 8, true),
            org.assertj.core.groups.Tuple.tuple(".docs/runbooks/DISASTER_RECOVERY.md", 9, true),
            org.assertj.core.groups.Tuple.tuple(".docs/NETWORK.md", 10, false),
            org.assertj.core.groups.Tuple.tuple(".docs/runbooks/MONITORING.md", 14, true),
            org.assertj.core.groups.Tuple.tuple(".docs/runbooks/STORAGE.md", 15, true));
  }

  @Test
  void countsTheMarkdownFiles() {
    assertThat(evidence.all(dev.opsgrade.model.Measurement.class))
        .extracting(v -> v.data().name(), v -> v.data().value())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("docs.files", "10"));
    assertThat(evidence.all(DocFile.class)).hasSize(10);
  }
}
