package dev.opsgrade.check.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.docs.DocsFixture;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.model.inventory.DocsSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocInventoryCheckTest {
  private static final Findings FINDINGS = new Findings(Catalogue.standard().get("doc.inventory"));

  private static List<Finding> run(Path dir, DocsSpec docs) {
    Evidence evidence =
        EvidenceFixture.fromBundle(DocsFixture.collect(dir, docs))
            .docs(Optional.of(docs))
            .evidence();
    return new DocInventoryCheck().evaluate(evidence, FINDINGS);
  }

  @Test
  void missingAndUnlistedAreSeparateFindingsPerPath(@TempDir Path dir) throws Exception {
    DocsFixture.copyCorpus(dir);
    DocsFixture.commitAll(dir, Instant.parse("2026-01-10T12:00:00Z"), "docs");
    List<Finding> findings = run(dir, DocsFixture.corpusDocs());
    assertThat(findings)
        .extracting(Finding::subject, Finding::status, f -> f.location().orElseThrow().display())
        .containsExactlyInAnyOrder(
            tuple(".docs/INFRASTRUCTURE.md", Status.PASS, ".docs/DOC_INVENTORY.md:5"),
            tuple(".docs/STATUS.md", Status.PASS, ".docs/DOC_INVENTORY.md:6"),
            tuple(".docs/TODO.md", Status.PASS, ".docs/DOC_INVENTORY.md:7"),
            tuple(".docs/phases/PHASE-1_REPORT.md", Status.PASS, ".docs/DOC_INVENTORY.md:8"),
            tuple(".docs/runbooks/DISASTER_RECOVERY.md", Status.PASS, ".docs/DOC_INVENTORY.md:9"),
            tuple(".docs/NETWORK.md", Status.FAIL, ".docs/DOC_INVENTORY.md:10"),
            tuple(".docs/runbooks/MONITORING.md", Status.PASS, ".docs/DOC_INVENTORY.md:14"),
            tuple(".docs/runbooks/STORAGE.md", Status.PASS, ".docs/DOC_INVENTORY.md:15"),
            tuple(".docs/README.md", Status.FAIL, ".docs/README.md"),
            tuple(".docs/runbooks/UPGRADES.md", Status.FAIL, ".docs/runbooks/UPGRADES.md"));
    Finding missing =
        findings.stream()
            .filter(f -> f.subject().equals(".docs/NETWORK.md"))
            .findFirst()
            .orElseThrow();
    assertThat(missing.message())
        .isEqualTo("listed in .docs/DOC_INVENTORY.md:10 ('NETWORK.md') but missing");
    assertThat(missing.fix())
        .contains(
            "remove 'NETWORK.md' from line 10 of .docs/DOC_INVENTORY.md, or restore .docs/NETWORK.md");
    Finding unlisted =
        findings.stream()
            .filter(f -> f.subject().equals(".docs/runbooks/UPGRADES.md"))
            .findFirst()
            .orElseThrow();
    assertThat(unlisted.message()).isEqualTo("present but not listed in .docs/DOC_INVENTORY.md");
    assertThat(unlisted.fix())
        .contains("add a link to runbooks/UPGRADES.md in .docs/DOC_INVENTORY.md");
  }

  @Test
  void aMissingInventoryFileFails(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/A.md"), "# A\n");
    DocsSpec docs =
        new DocsSpec("docs", Optional.of("docs/INDEX.md"), Duration.ofDays(30), List.of());
    assertThat(run(dir, docs))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.message()).isEqualTo("the doc inventory docs/INDEX.md does not exist");
              assertThat(f.fix()).contains("create docs/INDEX.md listing the 1 docs: docs/A.md");
            });
  }

  @Test
  void noInventoryConfiguredIsUnverified(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    DocsSpec docs = new DocsSpec("docs", Optional.empty(), Duration.ofDays(30), List.of());
    assertThat(run(dir, docs))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.UNVERIFIED);
              assertThat(f.message()).contains("no doc inventory configured: set docs.inventory");
            });
  }

  @Test
  void relativeLinksFromTheInventory() {
    assertThat(RelativePaths.from(".docs/DOC_INVENTORY.md", ".docs/runbooks/A.md"))
        .isEqualTo("runbooks/A.md");
    assertThat(RelativePaths.from(".docs/sub/INDEX.md", ".docs/A.md")).isEqualTo("../A.md");
    assertThat(RelativePaths.from("INDEX.md", "docs/A.md")).isEqualTo("docs/A.md");
  }
}
