package dev.opsgrade.report.markdown;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.model.Category;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.GapItem;
import dev.opsgrade.score.ScoreFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SERVICE_HEALTH_REPORT_&lt;date&gt;.md: the service status matrix (route, host, expected, got,
 * class, p95, TLS days, auth) from the probes' facts, the root causes grouped by class, and what to
 * fix first from the gap plan.
 */
public final class ServiceHealthDocument {
  static final Set<String> CHECKS =
      Set.of("sec.auth-coverage", "sec.auth-bypass", "sec.https-redirect", "sec.hsts");
  private static final int FIRST_FIXES = 10;
  private final FindingText text;

  public ServiceHealthDocument(Catalogue catalogue) {
    this.text = new FindingText(catalogue);
  }

  public static String fileName(Assessment assessment) {
    return Deliverable.fileName("SERVICE_HEALTH_REPORT", assessment);
  }

  public String render(Assessment assessment, Optional<Evidence> evidence) {
    StringBuilder out = new StringBuilder(Deliverable.title("Service health report", assessment));
    List<ServiceMatrix.Row> rows = evidence.map(ServiceMatrix::rows).orElse(List.of());
    out.append(summary(assessment, rows, evidence.isPresent()));
    out.append("## Service status matrix\n\n");
    if (rows.isEmpty()) {
      out.append(
          evidence.isEmpty()
              ? "No evidence bundle was given, so the probes' facts cannot be shown.\n\n"
              : "No route or endpoint was probed.\n\n");
    } else {
      MarkdownTable table =
          MarkdownTable.of(
                  "Route", "Host", "Expected", "Got", "Class", "p95", "TLS days", "Auth", "OK")
              .rightAligned(5, 6);
      rows.forEach(
          r ->
              table.row(
                  r.route(),
                  r.host(),
                  r.expected(),
                  r.got(),
                  r.outcome().label(),
                  r.p95(),
                  r.tlsDays(),
                  r.auth(),
                  r.asExpected() ? "yes" : "NO"));
      out.append(table.render()).append('\n');
    }
    out.append(evidence.isPresent() ? causes(rows) : causesFromFindings(assessment));
    evidence.ifPresent(e -> out.append(UnloadedRoutes.section(e)));
    out.append(firstFixes(assessment)).append(Deliverable.footer(assessment));
    return out.toString();
  }

  private static String summary(
      Assessment assessment, List<ServiceMatrix.Row> rows, boolean withEvidence) {
    String score =
        assessment.categories().stream()
            .filter(c -> c.id() == Category.AVAILABILITY)
            .findFirst()
            .flatMap(c -> c.score())
            .map(ScoreFormat::score)
            .orElse("not assessed");
    long ok = rows.stream().filter(ServiceMatrix.Row::asExpected).count();
    StringBuilder out =
        new StringBuilder("## Summary\n\n- **Availability score:** " + score + "\n");
    if (withEvidence) {
      out.append("- **Routes and endpoints answering as expected:** ")
          .append(ok)
          .append(" of ")
          .append(rows.size())
          .append('\n');
    }
    return out.append('\n').toString();
  }

  private static String causes(List<ServiceMatrix.Row> rows) {
    Map<ProbeClass, List<ServiceMatrix.Row>> byClass = new LinkedHashMap<>();
    rows.stream()
        .filter(r -> !r.asExpected())
        .forEach(
            r -> byClass.computeIfAbsent(r.outcome(), k -> new java.util.ArrayList<>()).add(r));
    StringBuilder out = new StringBuilder("## Root causes\n\n");
    if (byClass.isEmpty()) {
      return out.append(
              rows.isEmpty()
                  ? "Nothing was probed.\n\n"
                  : "Every probed route answered as expected.\n\n")
          .toString();
    }
    byClass.forEach(
        (outcome, group) -> {
          out.append("### ")
              .append(outcome.label())
              .append(" (")
              .append(group.size())
              .append(group.size() == 1 ? " route" : " routes")
              .append(")\n\n");
          group.forEach(
              r ->
                  out.append("- ")
                      .append(MarkdownText.escape(r.url() + " (" + r.route() + "): " + r.cause()))
                      .append('\n'));
          out.append('\n');
        });
    return out.toString();
  }

  /** Without the facts, the failing availability findings say what went wrong, by check. */
  private static String causesFromFindings(Assessment assessment) {
    List<Finding> failing =
        FindingText.listed(assessment.findings()).stream()
            .filter(f -> f.category() == Category.AVAILABILITY || CHECKS.contains(f.check()))
            .toList();
    StringBuilder out = new StringBuilder("## Root causes\n\n");
    if (failing.isEmpty()) {
      return out.append("No availability or access finding is failing.\n\n").toString();
    }
    failing.forEach(
        f ->
            out.append("- ")
                .append(
                    MarkdownText.escape(
                        f.check() + " " + f.status() + " " + f.subject() + ": " + f.message()))
                .append('\n'));
    return out.append('\n').toString();
  }

  private String firstFixes(Assessment assessment) {
    List<GapItem> gaps =
        assessment.gapPlan().stream()
            .filter(g -> g.category() == Category.AVAILABILITY || CHECKS.contains(g.check()))
            .limit(FIRST_FIXES)
            .toList();
    StringBuilder out = new StringBuilder("## What to fix first\n\n");
    if (gaps.isEmpty()) {
      return out.append("Nothing: no availability or access finding is failing.\n\n").toString();
    }
    MarkdownTable table =
        MarkdownTable.of("#", "Check", "Subject", "Points", "Fix").rightAligned(0, 3);
    for (int i = 0; i < gaps.size(); i++) {
      GapItem gap = gaps.get(i);
      Optional<Finding> finding =
          assessment.findings().stream()
              .filter(f -> f.check().equals(gap.check()) && f.subject().equals(gap.subject()))
              .findFirst();
      table.row(
          String.valueOf(i + 1),
          gap.check() + (gap.blocking() ? " (blocking)" : ""),
          gap.subject(),
          ScoreFormat.number(gap.points()),
          finding.map(text::fix).orElse(FindingText.NONE));
    }
    return out.append(table.render()).append('\n').toString();
  }
}
