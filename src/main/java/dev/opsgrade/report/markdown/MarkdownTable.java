package dev.opsgrade.report.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A GitHub-flavoured Markdown table whose cells are always escaped. */
final class MarkdownTable {
  private final List<String> headers;
  private final Set<Integer> rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  private MarkdownTable(List<String> headers, Set<Integer> rightAligned) {
    this.headers = headers;
    this.rightAligned = rightAligned;
  }

  static MarkdownTable of(String... headers) {
    return new MarkdownTable(List.of(headers), Set.of());
  }

  /** The same table with the given columns (0-based) right-aligned, for numbers. */
  MarkdownTable rightAligned(Integer... columns) {
    return new MarkdownTable(headers, Set.of(columns));
  }

  MarkdownTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "row of " + cells.length + " cells in a table of " + headers.size() + " columns");
    }
    rows.add(Arrays.asList(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String render() {
    StringBuilder out = new StringBuilder();
    out.append(line(headers));
    List<String> rule = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      rule.add(rightAligned.contains(i) ? "---:" : "---");
    }
    out.append("|").append(String.join("|", rule)).append("|\n");
    rows.forEach(row -> out.append(line(row)));
    return out.toString();
  }

  private static String line(List<String> cells) {
    return cells.stream()
            .map(cell -> cell.isEmpty() ? " " : " " + MarkdownText.escape(cell) + " ")
            .collect(Collectors.joining("|", "|", "|"))
        + "\n";
  }
}
