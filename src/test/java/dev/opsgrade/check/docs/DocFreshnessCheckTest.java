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
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Freshness from real git histories and file times, against docs.max_age (30 days). */
class DocFreshnessCheckTest {
  private static final Findings FINDINGS = new Findings(Catalogue.standard().get("doc.freshness"));
  private static final DocsSpec DOCS =
      new DocsSpec("docs", Optional.empty(), Duration.ofDays(30), List.of());

  private static List<Finding> run(Path dir) {
    Evidence evidence =
        EvidenceFixture.fromBundle(DocsFixture.collect(dir, DOCS))
            .docs(Optional.of(DOCS))
            .evidence();
    return new DocFreshnessCheck().evaluate(evidence, FINDINGS);
  }

  @Test
  void gitHistoryDecidesForCommittedDocs(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/OLD.md"), "# Old\n");
    Files.writeString(dir.resolve("docs/FRESH.md"), "# Fresh\n");
    Files.writeString(dir.resolve("docs/DUE.md"), "# Due\n");
    DocsFixture.commitAll(dir, Instant.parse("2025-10-01T10:00:00Z"), "first docs");
    Files.writeString(dir.resolve("docs/FRESH.md"), "# Fresh\n\nUpdated.\n");
    DocsFixture.commitAll(dir, Instant.parse("2026-01-25T10:00:00Z"), "refresh");
    Files.writeString(dir.resolve("docs/DUE.md"), "# Due\n\nUpdated.\n");
    DocsFixture.commitAll(dir, Instant.parse("2026-01-05T10:00:00Z"), "due soon");
    // the file times are all "now": only git tells how old the docs are
    assertThat(run(dir))
        .extracting(Finding::subject, Finding::status, Finding::message)
        .containsExactlyInAnyOrder(
            tuple(
                "docs/DUE.md",
                Status.PASS,
                "last changed 2026-01-05 (git commit "
                    + commitOf(dir, "docs/DUE.md")
                    + "), 27 days ago (docs.max_age is 30 days); stale in 3 days"),
            tuple(
                "docs/FRESH.md",
                Status.PASS,
                "last changed 2026-01-25 (git commit "
                    + commitOf(dir, "docs/FRESH.md")
                    + "), 7 days ago (docs.max_age is 30 days)"),
            tuple(
                "docs/OLD.md",
                Status.FAIL,
                "last changed 2025-10-01 (git commit "
                    + commitOf(dir, "docs/OLD.md")
                    + "), 123 days ago; docs.max_age is 30 days"));
  }

  @Test
  void uncommittedAndUntrackedDocsUseTheirFileTime(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/EDITED.md"), "# Edited\n");
    DocsFixture.commitAll(dir, Instant.parse("2025-06-01T10:00:00Z"), "docs");
    Files.writeString(dir.resolve("docs/EDITED.md"), "# Edited\n\nNot committed yet.\n");
    Files.writeString(dir.resolve("docs/NEW.md"), "# New\n");
    Files.setLastModifiedTime(
        dir.resolve("docs/EDITED.md"), FileTime.from(Instant.parse("2026-01-30T00:00:00Z")));
    Files.setLastModifiedTime(
        dir.resolve("docs/NEW.md"), FileTime.from(Instant.parse("2025-11-01T00:00:00Z")));
    assertThat(run(dir))
        .extracting(Finding::subject, Finding::status, Finding::message)
        .containsExactlyInAnyOrder(
            tuple(
                "docs/EDITED.md",
                Status.PASS,
                "last changed 2026-01-30 (file time, uncommitted"
                    + " changes), 2 days ago (docs.max_age is 30 days)"),
            tuple(
                "docs/NEW.md",
                Status.FAIL,
                "last changed 2025-11-01 (file time, not in git), 92"
                    + " days ago; docs.max_age is 30 days"));
  }

  @Test
  void withoutGitFileTimesDecide(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/A.md"), "# A\n");
    Files.setLastModifiedTime(
        dir.resolve("docs/A.md"), FileTime.from(Instant.parse("2025-12-01T00:00:00Z")));
    assertThat(run(dir))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(Status.FAIL);
              assertThat(f.fix().orElseThrow())
                  .startsWith("review docs/A.md against the running system");
            });
  }

  @Test
  void anEmptyDocsFolderIsUnverified(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    assertThat(run(dir)).singleElement().extracting(Finding::status).isEqualTo(Status.UNVERIFIED);
  }

  private static String commitOf(Path dir, String path) throws Exception {
    try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(dir.toFile())) {
      return git.log().addPath(path).setMaxCount(1).call().iterator().next().abbreviate(7).name();
    }
  }
}
