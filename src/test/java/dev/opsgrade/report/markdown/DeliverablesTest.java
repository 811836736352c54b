package dev.opsgrade.report.markdown;

import static dev.opsgrade.model.Location.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.report.Estates;
import dev.opsgrade.report.GoldenFiles;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.ChangeCalculator;
import dev.opsgrade.score.EstateBuilder;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliverablesTest {
  private final Catalogue catalogue = Catalogue.standard();

  @Test
  void theAssessmentOpensWithWhatChangedAndEndsCitingTheEvidence() {
    Assessment now = Estates.gradeFell();
    String doc =
        new AssessmentDocument(catalogue)
            .render(now, ChangeCalculator.compare(now, Optional.of(Estates.firstAssessment())));

    assertThat(doc)
        .containsSubsequence(
            "## What changed since the previous assessment",
            "Grade fell from B (73.1) to C+ (69.7) because security lost 16.7 points",
            "## Verdict",
            "## Categories",
            "## Gap plan",
            "6 fixes reach the target 85.",
            "## Findings",
            "Evidence bundle SHA-256: `" + now.evidenceSha256() + "`");
  }

  @Test
  void securitySectionsWithoutEvidenceSayWhyTheyWereNotAssessed() {
    String doc = new SecurityAuditDocument(catalogue).render(Estates.gradeFell());

    assertThat(doc)
        .containsSubsequence(
            "## Secrets in git (sec.git-secrets)",
            "Not assessed: no evidence: repository ../lady-config could not be opened",
            "## .gitignore coverage (sec.gitignore)",
            "Not assessed: no evidence: repository ../lady-config could not be opened",
            "## Docker socket (sec.docker-socket)")
        .doesNotContain("## Reliability")
        .contains("SHA-256: `" + Estates.gradeFell().evidenceSha256() + "`");
  }

  @Test
  void estateTextCannotAddHeadingsLinksOrHtmlToADeliverable() {
    Assessment hostile =
        new EstateBuilder()
            .fail(
                "sec.public-binding",
                MarkdownTextTest.INJECTION,
                MarkdownTextTest.INJECTION,
                file("stacks/<x>.yml", 3),
                MarkdownTextTest.INJECTION)
            .assess("hostile", Instant.parse("2026-11-20T06:00:00Z"));

    for (String doc :
        List.of(
            new AssessmentDocument(catalogue)
                .render(hostile, ChangeCalculator.compare(hostile, Optional.empty())),
            new SecurityAuditDocument(catalogue).render(hostile))) {
      List<Node> nodes = MarkdownNodes.parse(doc);

      assertThat(nodes)
          .noneMatch(
              n ->
                  n instanceof HtmlInline
                      || n instanceof HtmlBlock
                      || n instanceof Link
                      || n instanceof Image);
      assertThat(nodes)
          .filteredOn(Heading.class::isInstance)
          .extracting(MarkdownNodes::text)
          .noneMatch(h -> h.contains("Pwned"));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "first-assessment.assessment.md", "first-assessment.security.md",
        "grade-fell.assessment.md", "grade-fell.security.md",
        "production-ready.assessment.md", "production-ready.security.md"
      })
  void everyTableRowOfTheGoldenFilesHasAsManyCellsAsItsHeader(String golden) throws IOException {
    int columns = -1;
    for (String line : GoldenFiles.read(golden).lines().toList()) {
      if (!line.startsWith("|")) {
        columns = -1;
        continue;
      }
      int pipes = line.replace("\\\\", "").replace("\\|", "").replaceAll("[^|]", "").length();
      if (columns < 0) {
        columns = pipes;
      }
      assertThat(pipes).as(line).isEqualTo(columns);
    }
  }
}
