package dev.opsgrade.collect.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.inventory.DocsSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The docs collector on folders that are missing, odd or hostile: evidence, never a crash. */
class DocsCollectorTest {

  private static DocsSpec docs(String path, List<DocsSpec.ClaimPattern> patterns) {
    return new DocsSpec(path, Optional.of(path + "/INDEX.md"), Duration.ofDays(30), patterns);
  }

  @Test
  void isConfiguredOnlyWithDocs(@TempDir Path dir) {
    DocsCollector collector = new DocsCollector();
    assertThat(collector.configured(DocsFixture.inventory(dir, Optional.empty()))).isFalse();
    assertThat(collector.configured(DocsFixture.inventory(dir, Optional.of(docs("d", List.of())))))
        .isTrue();
  }

  @Test
  void aMissingDocsFolderIsAFailedRunNamingIt(@TempDir Path dir) {
    EvidenceBundle bundle = DocsFixture.collect(dir, docs("nowhere", List.of()));
    assertThat(bundle.facts()).isEmpty();
    assertThat(bundle.collectors())
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
              assertThat(run.detail())
                  .startsWith("docs.path 'nowhere' (" + dir.resolve("nowhere"))
                  .endsWith("): no such folder");
            });
  }

  @Test
  void aBadPatternIsReportedAndTheRestIsRead(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("d"));
    Files.writeString(dir.resolve("d/A.md"), "We run 62 containers and 9 volumes.\n");
    EvidenceBundle bundle =
        DocsFixture.collect(
            dir, docs("d", List.of(new DocsSpec.ClaimPattern("(\\d+ volumes", "docker.volumes"))));
    assertThat(bundle.collectors())
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.outcome()).isEqualTo(CollectorRun.Outcome.PARTIAL);
              assertThat(run.detail())
                  .contains(
                      "docs.claims pattern '(\\d+ volumes' is not a valid regular"
                          + " expression (Unclosed group at index 12): skipped");
            });
    assertThat(new Evidence(bundle).all(DocClaim.class))
        .extracting(v -> v.data().fact())
        .containsExactly("containers.total");
  }

  @Test
  void aHugeFileIsDatedButNotRead(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("d"));
    String line = "We run 62 containers.\n";
    Files.writeString(
        dir.resolve("d/HUGE.md"),
        line.repeat((int) (DocsCollector.MAX_BYTES / line.length()) + 10));
    EvidenceBundle bundle = DocsFixture.collect(dir, docs("d", List.of()));
    Evidence evidence = new Evidence(bundle);
    assertThat(evidence.all(DocClaim.class)).isEmpty();
    assertThat(evidence.all(DocFile.class))
        .singleElement()
        .satisfies(f -> assertThat(f.data().lines()).isZero());
    assertThat(bundle.collectors().getFirst().outcome()).isEqualTo(CollectorRun.Outcome.PARTIAL);
    assertThat(bundle.collectors().getFirst().detail()).contains("d/HUGE.md is larger than 4 MB");
  }

  @Test
  void malformedUtf8IsReadAroundTheBadBytes(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("d"));
    byte[] text =
        "Caf\u00e9 \u00ff\u00fe: 62 containers.\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("d/BAD.md"), text);
    Evidence evidence = new Evidence(DocsFixture.collect(dir, docs("d", List.of())));
    assertThat(evidence.all(DocClaim.class))
        .extracting(v -> v.data().value())
        .containsExactly("62");
  }

  @Test
  void aMissingInventoryFileIsEvidenceToo(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("d"));
    Files.writeString(dir.resolve("d/A.md"), "# A\n");
    Evidence evidence = new Evidence(DocsFixture.collect(dir, docs("d", List.of())));
    assertThat(evidence.all(DocInventory.class))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.data().file()).isEqualTo("d/INDEX.md");
              assertThat(v.data().exists()).isFalse();
            });
    assertThat(evidence.bundle().collectors().getFirst().detail())
        .isEqualTo("1 Markdown file, 0 claims, dates from file times (no git repository)");
  }
}
