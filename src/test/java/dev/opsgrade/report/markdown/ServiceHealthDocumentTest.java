package dev.opsgrade.report.markdown;

import static dev.opsgrade.collect.http.HttpProbe.Kind.DIRECT;
import static dev.opsgrade.collect.http.HttpProbe.Kind.ROUTE;
import static dev.opsgrade.collect.traefik.ConfigSource.API;
import static dev.opsgrade.collect.traefik.ConfigSource.FILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.CheckRegistry;
import dev.opsgrade.check.routes.ProbeFacts;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.model.Category;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.report.GoldenFiles;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.Rubric;
import dev.opsgrade.score.Scorer;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.junit.jupiter.api.Test;

/**
 * The service health report from exact facts, graded by the real checks, against its golden copy.
 */
class ServiceHealthDocumentTest {

  static Evidence estate(String hostileRouter) {
    return new ProbeFacts()
        .middleware(
            "chain-authelia@file", FILE, "chain", List.of("middlewares-authelia"), Optional.empty())
        .middleware(
            "middlewares-authelia@file",
            FILE,
            "forwardauth",
            List.of(),
            Optional.of("http://authelia:9091/api/authz/forward-auth"))
        .router("cloud@docker", API, "cloud.lab", "cloud@docker")
        .router("photos@docker", API, "photos.lab", "photos@docker")
        .router("grafana@docker", API, "grafana.lab", "grafana@docker", "chain-authelia@file")
        .router(hostileRouter, API, "wiki.lab", "wiki@docker")
        .router("notes@file", FILE, "notes.lab", "notes@file")
        .service("photos@docker", "http://172.18.0.9:2342", "DOWN")
        .service("cloud@docker", "http://172.18.0.4:80", "UP")
        .probe(ROUTE, "cloud@docker", "https://cloud.lab/", ProbeClass.OK, 200, 300, 140, 160)
        .probe(
            ROUTE, "photos@docker", "https://photos.lab/", ProbeClass.BAD_GATEWAY, 502, 12, 11, 10)
        .probe(DIRECT, "photos@docker", "http://172.18.0.9:2342/", ProbeClass.REFUSED, 0, 1)
        .probe(
            ROUTE,
            "grafana@docker",
            "https://grafana.lab/",
            ProbeClass.AUTH_REDIRECT,
            302,
            80,
            60,
            70)
        .probe(ROUTE, hostileRouter, "https://wiki.lab/", ProbeClass.APP_ERROR, 500, 50, 40, 45)
        .probe(
            ROUTE, "notes@file", "https://notes.lab/", ProbeClass.NOT_FOUND_AT_PROXY, 404, 9, 8, 7)
        .tls("cloud.lab", ProbeFacts.AT.plus(Duration.ofDays(61)))
        .tls("photos.lab", ProbeFacts.AT.plus(Duration.ofDays(9)))
        .tls("grafana.lab", ProbeFacts.AT.plus(Duration.ofDays(61)))
        .evidence();
  }

  static Assessment assess(Evidence evidence) {
    Map<Category, Rubric.CategoryRule> categories = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      categories.put(
          category, new Rubric.CategoryRule(category == Category.AVAILABILITY ? 20 : 10, 60));
    }
    Rubric rubric =
        new Rubric(
            85,
            categories,
            Map.of(),
            List.of(new Rubric.LetterBand(85, "A"), new Rubric.LetterBand(0, "Failing")));
    return new Scorer(rubric, Catalogue.standard())
        .score(
            "lab",
            evidence.now(),
            CheckRegistry.standard().evaluate(evidence),
            List.of(),
            "0".repeat(64));
  }

  @Test
  void theMatrixRootCausesAndFirstFixesMatchTheGoldenCopy() throws IOException {
    Evidence evidence = estate("wiki@docker");
    String doc =
        new ServiceHealthDocument(Catalogue.standard())
            .render(assess(evidence), Optional.of(evidence));
    GoldenFiles.assertMatches("service-health.md", doc);
    assertThat(doc)
        .containsSubsequence(
            "## Service status matrix",
            "## Root causes",
            "### bad_gateway (1 route)",
            "service 'photos@docker' has no server UP",
            "## What to fix first",
            "Evidence bundle SHA-256");
  }

  @Test
  void estateValuesCannotBreakTheTableOrInjectHtml() {
    Evidence evidence = estate("wi|ki<script>alert(1)</script>[x](http://evil)@docker");
    String doc =
        new ServiceHealthDocument(Catalogue.standard())
            .render(assess(evidence), Optional.of(evidence));
    assertThat(MarkdownNodes.parse(doc))
        .noneMatch(n -> n instanceof HtmlInline || n instanceof HtmlBlock || n instanceof Link);
    for (String line :
        doc.lines().filter(l -> l.startsWith("| ") && l.contains("| wiki.lab |")).toList()) {
      assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count())
          .as(line)
          .isEqualTo(10);
    }
  }
}
