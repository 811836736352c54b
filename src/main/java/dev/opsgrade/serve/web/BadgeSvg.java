package dev.opsgrade.serve.web;

import static dev.opsgrade.report.html.Html.escape;

import java.util.Optional;

/** A flat status badge: the service's name on the left, its 30-day uptime on the right. */
final class BadgeSvg {
  private static final int CHAR_WIDTH = 7;
  private static final int PADDING = 10;

  private BadgeSvg() {}

  static String render(String name, Optional<Double> month, boolean upNow) {
    String value = month.map(ServicesPage::percent).orElse("no data");
    String color = month.isEmpty() ? "#9f9f9f" : upNow ? "#2e7d32" : "#c62828";
    int left = name.length() * CHAR_WIDTH + PADDING;
    int right = value.length() * CHAR_WIDTH + PADDING;
    int width = left + right;
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + width
        + "\" height=\"20\" role=\"img\" aria-label=\""
        + escape(name + ": " + value)
        + "\"><title>"
        + escape(name + ": " + value)
        + "</title><rect width=\""
        + left
        + "\" height=\"20\" fill=\"#555\"/><rect x=\""
        + left
        + "\" width=\""
        + right
        + "\" height=\"20\" fill=\""
        + color
        + "\"/><g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\">"
        + "<text x=\""
        + PADDING / 2
        + "\" y=\"14\">"
        + escape(name)
        + "</text><text x=\""
        + (left + PADDING / 2)
        + "\" y=\"14\">"
        + escape(value)
        + "</text></g></svg>";
  }
}
