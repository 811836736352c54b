package dev.opsgrade.report.markdown;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.CheckMetadata;
import dev.opsgrade.model.Category;
import dev.opsgrade.model.Finding;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CategoryScore;
import dev.opsgrade.score.GapItem;
import dev.opsgrade.score.ScoreFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SECURITY_AUDIT_&lt;date&gt;.md: the security category, one section per check. */
public final class SecurityAuditDocument {
  /** The sections every audit has, in reading order; other security checks follow. */
  private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

  static {
    SECTIONS.put("sec.public-binding", "Public bindings");
    SECTIONS.put("sec.auth-coverage", "Admin routes behind auth");
    SECTIONS.put("sec.auth-bypass", "Auth bypass through published ports");
    SECTIONS.put("sec.env-secrets", "Secrets in compose environment");
    SECTIONS.put("sec.git-secrets", "Secrets in git");
    SECTIONS.put("sec.gitignore", ".gitignore coverage");
    SECTIONS.put("sec.docker-socket", "Docker socket");
    SECTIONS.put("sec.privileged", "Privileged containers");
    SECTIONS.put("sec.https-redirect", "HTTP to HTTPS redirect");
    SECTIONS.put("sec.hsts", "HSTS");
  }

  private final Catalogue catalogue;
  private final SecuritySection section;

  public SecurityAuditDocument(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.section = new SecuritySection(new FindingText(catalogue));
  }

  public static String fileName(Assessment assessment) {
    return Deliverable.fileName("SECURITY_AUDIT", assessment);
  }

  public String render(Assessment assessment) {
    List<Finding> security =
        assessment.findings().stream().filter(f -> f.category() == Category.SECURITY).toList();
    StringBuilder out = new StringBuilder(Deliverable.title("Security audit", assessment));
    out.append(summary(assessment));
    for (Map.Entry<String, String> entry : sections(security).entrySet()) {
      String check = entry.getKey();
      List<Finding> findings = security.stream().filter(f -> f.check().equals(check)).toList();
      out.append(section.render(check, entry.getValue(), title(check), findings));
    }
    return out.append(Deliverable.footer(assessment)).toString();
  }

  private String summary(Assessment assessment) {
    CategoryScore category =
        assessment.categories().stream()
            .filter(c -> c.id() == Category.SECURITY)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("assessment has no security category"));
    StringBuilder out = new StringBuilder("## Summary\n\n- **Security score:** ");
    out.append(category.score().map(ScoreFormat::score).orElse("not assessed"))
        .append(" (minimum ")
        .append(ScoreFormat.number(category.minimum()))
        .append(", weight ")
        .append(ScoreFormat.number(category.weight()))
        .append(")\n- **Checks failing:** ")
        .append(category.failing())
        .append(" of ")
        .append(category.checks())
        .append('\n');
    List<String> blocking =
        assessment.gapPlan().stream()
            .filter(g -> g.category() == Category.SECURITY && g.blocking())
            .map(GapItem::check)
            .distinct()
            .toList();
    out.append("- **Blocking checks failing:** ")
        .append(blocking.isEmpty() ? "none" : String.join(", ", blocking))
        .append("\n\n");
    return out.toString();
  }

  private Map<String, String> sections(List<Finding> security) {
    Map<String, String> sections = new LinkedHashMap<>(SECTIONS);
    List<String> others = new ArrayList<>();
    catalogue.ids().stream()
        .filter(id -> catalogue.get(id).category() == Category.SECURITY)
        .forEach(others::add);
    security.stream().map(Finding::check).forEach(others::add);
    others.stream()
        .distinct()
        .sorted()
        .filter(id -> !sections.containsKey(id))
        .forEach(id -> sections.put(id, title(id)));
    return sections;
  }

  private String title(String check) {
    return catalogue.find(check).map(CheckMetadata::title).orElse(check);
  }
}
