package dev.opsgrade.report.html;

import static dev.opsgrade.report.html.Html.cell;

import dev.opsgrade.model.Claim;
import java.util.List;

/** The claims found in the docs, each beside what was measured. */
public final class ClaimsSection {
  private ClaimsSection() {}

  public static String render(List<Claim> claims) {
    if (claims.isEmpty()) {
      return Html.section(
          "claims", "Claims", "<p class=\"muted\">No claims found in the docs.</p>");
    }
    long contradicted =
        claims.stream().filter(c -> c.verdict() == Claim.Verdict.CONTRADICTS).count();
    StringBuilder out =
        new StringBuilder("<p>")
            .append(claims.size())
            .append(claims.size() == 1 ? " claim, " : " claims, ")
            .append(contradicted)
            .append(" contradicted by the evidence.</p>")
            .append("<div class=\"scroll\"><table class=\"stack\">")
            .append(Html.header("where", "text", "claimed", "measured", "verdict", "note"))
            .append("<tbody>");
    for (Claim claim : claims) {
      out.append("<tr>")
          .append(cell("where", claim.file() + ":" + claim.line()))
          .append(cell("text", claim.text()))
          .append(cell("claimed", claim.claimed()))
          .append(cell("measured", claim.measured().orElse("-")))
          .append(Html.cellHtml("verdict", Html.badge(claim.verdict().name())))
          .append(cell("note", claim.note().orElse("")))
          .append("</tr>\n");
    }
    return Html.section("claims", "Claims", out.append("</tbody></table></div>").toString());
  }
}
