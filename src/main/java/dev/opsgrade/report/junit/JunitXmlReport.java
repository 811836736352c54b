package dev.opsgrade.report.junit;

import static dev.opsgrade.report.junit.XmlText.attribute;
import static dev.opsgrade.report.junit.XmlText.text;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Finding;
import dev.opsgrade.report.text.FindingDisplay;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CategoryScore;
import dev.opsgrade.score.ScoreFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * opsgrade-junit.xml: one test suite per category and one test case per check and subject, in the
 * dialect of the Jenkins xUnit junit-10.xsd that CI systems read. FAIL and WARN are failures,
 * UNVERIFIED an error (the check could not be run), NOT_APPLICABLE and WAIVED are skipped.
 */
public final class JunitXmlReport {
  public static final String FILE_NAME = "opsgrade-junit.xml";
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC);

  private final Catalogue catalogue;

  public JunitXmlReport(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public String render(Assessment assessment) {
    List<Finding> all = assessment.findings();
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"")
        .append(attribute(suitesName(assessment)))
        .append("\" tests=\"")
        .append(all.size())
        .append("\" failures=\"")
        .append(TestOutcome.failures(all))
        .append("\" errors=\"")
        .append(TestOutcome.errors(all))
        .append("\" time=\"0\">\n");
    for (CategoryScore category : assessment.categories()) {
      List<Finding> findings =
          all.stream()
              .filter(f -> f.category() == category.id())
              .sorted(Comparator.comparing(Finding::check).thenComparing(Finding::subject))
              .toList();
      suite(out, assessment, category, findings);
    }
    return out.append("</testsuites>\n").toString();
  }

  private void suite(
      StringBuilder out, Assessment assessment, CategoryScore category, List<Finding> findings) {
    out.append("  <testsuite name=\"")
        .append(attribute(category.id().id()))
        .append("\" tests=\"")
        .append(findings.size())
        .append("\" failures=\"")
        .append(TestOutcome.failures(findings))
        .append("\" errors=\"")
        .append(TestOutcome.errors(findings))
        .append("\" skipped=\"")
        .append(TestOutcome.skipped(findings))
        .append("\" time=\"0\" timestamp=\"")
        .append(TIMESTAMP.format(assessment.collectedAt().truncatedTo(ChronoUnit.SECONDS)))
        .append("\">\n    <properties>\n");
    property(out, "score", category.score().map(ScoreFormat::score).orElse("not assessed"));
    property(out, "minimum", ScoreFormat.number(category.minimum()));
    property(out, "weight", ScoreFormat.number(category.weight()));
    property(out, "evidence_sha256", assessment.evidenceSha256());
    out.append("    </properties>\n");
    findings.forEach(f -> testCase(out, f));
    out.append("  </testsuite>\n");
  }

  private void testCase(StringBuilder out, Finding finding) {
    out.append("    <testcase classname=\"")
        .append(attribute(finding.check()))
        .append("\" name=\"")
        .append(attribute(finding.subject()))
        .append("\" time=\"0\">");
    TestOutcome outcome = TestOutcome.of(finding.status());
    if (outcome == TestOutcome.PASSED) {
      out.append("<system-out>").append(text(details(finding))).append("</system-out>");
    } else {
      out.append('<')
          .append(outcome.element())
          .append(" type=\"")
          .append(finding.status().name())
          .append("\" message=\"")
          .append(attribute(message(finding)))
          .append("\">")
          .append(text(details(finding)))
          .append("</")
          .append(outcome.element())
          .append('>');
    }
    out.append("</testcase>\n");
  }

  private String details(Finding finding) {
    StringBuilder text = new StringBuilder(message(finding));
    finding.location().ifPresent(l -> text.append("\nlocation: ").append(l.display()));
    if (!finding.evidence().isEmpty()) {
      text.append("\nevidence: ").append(String.join(", ", finding.evidence()));
    }
    if (finding.status().isProblem()) {
      FindingDisplay.fix(finding, catalogue).ifPresent(fix -> text.append("\nfix: ").append(fix));
    }
    return text.toString();
  }

  private static String message(Finding finding) {
    return FindingDisplay.message(finding);
  }

  private static void property(StringBuilder out, String name, String value) {
    out.append("      <property name=\"")
        .append(attribute(name))
        .append("\" value=\"")
        .append(attribute(value))
        .append("\"/>\n");
  }

  private static String suitesName(Assessment assessment) {
    return "opsgrade: "
        + assessment.inventory()
        + ", "
        + assessment.grade().letter()
        + " ("
        + ScoreFormat.score(assessment.grade().score())
        + "), "
        + (assessment.grade().productionReady() ? "production ready" : "not production ready");
  }
}
