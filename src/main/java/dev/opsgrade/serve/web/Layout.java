package dev.opsgrade.serve.web;

import static dev.opsgrade.report.html.Html.escape;

import dev.opsgrade.report.html.HtmlStyle;
import java.util.List;

/**
 * The frame of every dashboard page: no script at all, one stylesheet from this server, the
 * navigation and a logout form carrying the session's CSRF token. Pages hand in HTML built from
 * escaped parts; every value here goes through {@code escape}.
 */
final class Layout {
  static final String STYLESHEET = "/assets/dashboard.css";

  static final String CSS =
      HtmlStyle.CSS
          + """
          nav{display:flex;flex-wrap:wrap;gap:.8rem;align-items:center;margin-bottom:1rem;
          border-bottom:1px solid var(--line);padding-bottom:.5rem}
          nav a{color:var(--fg);text-decoration:none}nav a.here{font-weight:700}
          nav form{margin-left:auto}
          .notice{border-left:4px solid var(--waived);padding:.4rem .8rem;background:var(--card)}
          .notice.error{border-color:var(--fail)}
          form.stack{display:grid;gap:.4rem;max-width:28rem}
          svg.uptime{width:12rem;height:1rem;display:block}
          svg.uptime .up{fill:var(--pass)}svg.uptime .down{fill:var(--fail)}
          svg.uptime .degraded{fill:var(--warn)}svg.uptime .none{fill:var(--line)}
          .state-up{color:var(--pass)}.state-down{color:var(--fail)}.state-unknown{color:var(--na)}
          """;

  /** The pages in the navigation: path and title. */
  private static final List<String[]> PAGES =
      List.of(
          new String[] {"/", "Overview"},
          new String[] {"/services", "Services"},
          new String[] {"/findings", "Findings"},
          new String[] {"/claims", "Claims"},
          new String[] {"/phases", "Phases"},
          new String[] {"/reports", "Reports"},
          new String[] {"/history", "History"});

  private Layout() {}

  static String page(String inventory, String path, String title, String csrf, String body) {
    return head(title + " · " + inventory)
        + "<body><main>\n"
        + nav(path, csrf)
        + "<h1>"
        + escape(title)
        + ": "
        + escape(inventory)
        + "</h1>\n"
        + body
        + "</main></body></html>\n";
  }

  /** A page outside the login (the login form itself). */
  static String bare(String title, String body) {
    return head(title) + "<body><main>\n" + body + "</main></body></html>\n";
  }

  /** A hidden form field carrying the session's CSRF token. */
  static String csrfField(String csrf) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">";
  }

  static String notice(String text, boolean error) {
    return "<p class=\"notice"
        + (error ? " error" : "")
        + "\" role=\"status\">"
        + escape(text)
        + "</p>\n";
  }

  private static String head(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + escape(title)
        + "</title>\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\""
        + STYLESHEET
        + "\"></head>\n";
  }

  private static String nav(String path, String csrf) {
    StringBuilder out = new StringBuilder("<nav>");
    for (String[] page : PAGES) {
      out.append("<a href=\"")
          .append(page[0])
          .append("\"")
          .append(page[0].equals(path) ? " class=\"here\" aria-current=\"page\"" : "")
          .append(">")
          .append(escape(page[1]))
          .append("</a>");
    }
    out.append("<form method=\"post\" action=\"/logout\">")
        .append(csrfField(csrf))
        .append("<button type=\"submit\">Log out</button></form></nav>\n");
    return out.toString();
  }
}
