package dev.opsgrade.report.html;

/**
 * The one escaping function of the HTML report: every value from the estate, the assessment or the
 * history goes through it, in text and in attribute values alike.
 */
public final class Html {
  private Html() {}

  /** Text safe in an element and in a quoted attribute value; control characters become spaces. */
  public static String escape(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n', '\t' -> out.append(c);
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** A table cell that also carries its column name, shown beside the value on narrow screens. */
  public static String cell(String label, String raw) {
    return cellHtml(label, escape(raw));
  }

  /** A cell whose content is already HTML built from escaped parts. */
  public static String cellHtml(String label, String html) {
    return "<td data-label=\"" + escape(label) + "\">" + html + "</td>";
  }

  public static String header(String... labels) {
    StringBuilder out = new StringBuilder("<thead><tr>");
    for (String label : labels) {
      out.append("<th>").append(escape(label)).append("</th>");
    }
    return out.append("</tr></thead>").toString();
  }

  /** A status badge: its class comes from the closed set of statuses, its text is escaped. */
  public static String badge(String status) {
    String css = status.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z_]", "");
    return "<span class=\"badge " + css + "\">" + escape(status) + "</span>";
  }

  public static String section(String id, String title, String body) {
    return "<section id=\""
        + escape(id)
        + "\"><h2>"
        + escape(title)
        + "</h2>\n"
        + body
        + "</section>\n";
  }
}
