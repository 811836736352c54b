package dev.opsgrade.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Location;
import dev.opsgrade.report.Estates;
import dev.opsgrade.report.GoldenFiles;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.EstateBuilder;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private final HtmlReport report = new HtmlReport(Catalogue.standard());

  @Test
  void escapingLeavesNoMarkupInAValue() {
    assertThat(Html.escape("<script>alert('x')</script> & \"q\"\u0000\n"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; \n");
    assertThat(Html.escape(HtmlSamples.INJECTION)).doesNotContain("<", ">", "\"", "'");
  }

  @Test
  void matchesItsGoldenCopy() throws IOException {
    String html =
        report.render(Estates.gradeFell(), Optional.of(HtmlSamples.probes()), HtmlSamples.trend());

    GoldenFiles.assertMatches("grade-fell.report.html", html);
  }

  @Test
  void hostileValuesFromTheEstateArriveAsText() {
    String hostile = HtmlSamples.INJECTION;
    Assessment assessment =
        new EstateBuilder()
            .fail("sec.public-binding", hostile, hostile, Location.url(hostile), hostile)
            .assess(hostile, Instant.parse("2026-11-20T06:00:00Z"));

    String html = report.render(assessment, Optional.of(HtmlSamples.probes()), List.of());

    assertThat(html).doesNotContain("<script", "<img", "onerror=\"").contains(Html.escape(hostile));
  }

  @Test
  void referencesNothingOutsideTheFile() {
    String html =
        report.render(Estates.gradeFell(), Optional.of(HtmlSamples.probes()), HtmlSamples.trend());

    assertThat(html)
        .doesNotContainPattern("(?i)<[^>]*\\s(src|href|action|srcset)\\s*=")
        .doesNotContainPattern("(?i)url\\(")
        .doesNotContainPattern("(?i)@import")
        .contains("Content-Security-Policy", "default-src 'none'");
  }

  @Test
  void theServiceMatrixIsShownOnlyWhenProbesWereRecorded() {
    Assessment assessment = Estates.gradeFell();

    assertThat(report.render(assessment, Optional.empty(), List.of()))
        .doesNotContain("Service matrix")
        .contains("No assessment recorded in history yet.");
    assertThat(report.render(assessment, Optional.of(HtmlSamples.probes()), List.of()))
        .contains("<h2>Service matrix</h2>", "<h3>http.probe</h3>", "nextcloud@docker");
  }

  @Test
  void theTrendIsDrawnFromTheGivenPoints() {
    String html = report.render(Estates.gradeFell(), Optional.empty(), HtmlSamples.trend());

    assertThat(html)
        .contains("<polyline points=\"")
        .contains("<title>2026-11-06: C (64.2)</title>")
        .contains("<title>2026-11-20: C+ (69.7)</title>")
        .contains("3 assessments; dashed: the target 85.");
  }
}
