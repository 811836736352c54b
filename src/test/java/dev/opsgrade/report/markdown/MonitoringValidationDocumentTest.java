package dev.opsgrade.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.collect.grafana.GrafanaDashboard;
import dev.opsgrade.collect.testing.FactsBundle;
import dev.opsgrade.collect.testing.MonitoringEstate;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.report.Estates;
import dev.opsgrade.report.GoldenFiles;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CheckedEstate;
import java.io.IOException;
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

class MonitoringValidationDocumentTest {
  static final String SHA = "5f2b8d7c0e4a1b3c6d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c";
  final MonitoringValidationDocument document =
      new MonitoringValidationDocument(Catalogue.standard());

  @Test
  void withItsEvidenceTheReportShowsWhatWasMeasured() throws IOException {
    Evidence evidence = MonitoringEstate.facts().evidence();
    Assessment assessment = CheckedEstate.assess(evidence, SHA);

    String doc = document.render(assessment, Optional.of(evidence));

    GoldenFiles.assertMatches("monitoring-validation.evidence.md", doc);
    assertThat(doc)
        .containsSubsequence(
            "# Monitoring validation: homelab",
            "- **Targets up:** 2/3",
            "- **Hosts watched by an exporter:** 1/2",
            "- **Dashboards:** PASS: 3/3 expected dashboards load",
            "failing on their own: Container logs",
            "- **Hosts with recent logs:** 1/2",
            "- **Test alert:** PASS: test alert delivered to webhook listener 0.0.0.0:9797 through receiver opsgrade in 2.4 s",
            "## Prometheus targets (mon.targets-up)",
            "| node | 10.0.0.3:9100 | down | 7 s before collection |",
            "## Alert delivery (mon.alert-delivery)",
            "| delivered | 2026-11-25T11:59:32Z | 2.4 s | webhook from receiver opsgrade |",
            "Evidence bundle SHA-256: `" + SHA + "`");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "monitoring-validation.evidence.md",
        "first-assessment.monitoring.md",
        "grade-fell.monitoring.md",
        "production-ready.monitoring.md"
      })
  void everyTableRowHasAsManyCellsAsItsHeader(String golden) throws IOException {
    new DeliverablesTest().everyTableRowOfTheGoldenFilesHasAsManyCellsAsItsHeader(golden);
  }

  @Test
  void withoutEvidenceItShowsTheFindingsAndSaysSo() {
    String doc = document.render(Estates.firstAssessment(), Optional.empty());

    assertThat(doc)
        .contains(
            "- **Test alert:** not assessed: no evidence: test_alert is false in opsgrade.yaml")
        .contains("only findings are shown")
        .doesNotContain("Measured:");
  }

  @Test
  void estateTextCannotAddHeadingsLinksOrHtml() {
    FactsBundle facts = MonitoringEstate.facts();
    facts.fact(
        "evil",
        MonitoringEstate.GRAFANA + "/api/dashboards/uid/evil",
        new GrafanaDashboard(
            "evil",
            MarkdownTextTest.INJECTION,
            MarkdownTextTest.INJECTION,
            false,
            Optional.of(MarkdownTextTest.INJECTION),
            0,
            List.of(),
            List.of()));
    Evidence evidence = facts.evidence();

    String doc = document.render(CheckedEstate.assess(evidence, SHA), Optional.of(evidence));

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
