package dev.opsgrade.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  /** What a hostile or just unlucky estate can put in a service name, a rule or a message. */
  static final String INJECTION =
      "web|admin `rm -rf /`\n## Pwned <script>alert(1)</script> [click](https://evil.example)"
          + " ![x](https://evil.example/p.png) **bold** &lt; a\\|b\r\nnext\u001b[31m";

  @Test
  void anInjectedCellStaysOneCellOfPlainText() {
    String table = MarkdownTable.of("subject", "message").row(INJECTION, "second cell").render();

    List<Node> nodes = MarkdownNodes.parse(table);

    List<Node> rows = nodes.stream().filter(TableRow.class::isInstance).toList();
    assertThat(rows).hasSize(2);
    List<Node> cells =
        MarkdownNodes.parse(table).stream().filter(TableCell.class::isInstance).toList();
    assertThat(cells).hasSize(4);
    assertThat(MarkdownNodes.text(cells.get(2)))
        .isEqualTo(
            "web|admin `rm -rf /` ## Pwned <script>alert(1)</script> [click](https://evil.example)"
                + " ![x](https://evil.example/p.png) **bold** &lt; a\\|b next [31m");
    assertThat(MarkdownNodes.text(cells.get(3))).isEqualTo("second cell");
    assertThat(nodes)
        .noneMatch(
            n ->
                n instanceof HtmlInline
                    || n instanceof HtmlBlock
                    || n instanceof Code
                    || n instanceof Link
                    || n instanceof Image
                    || n instanceof Emphasis
                    || n instanceof StrongEmphasis
                    || n instanceof Heading);
  }

  @Test
  void escapingLeavesOrdinaryNamesReadable() {
    assertThat(MarkdownText.escape("master/grafana_db-1 (3000/tcp) on 0.0.0.0"))
        .isEqualTo("master/grafana_db-1 (3000/tcp) on 0.0.0.0");
    assertThat(MarkdownText.escape("a|b")).isEqualTo("a\\|b");
    assertThat(MarkdownText.escape("one\r\ntwo\nthree\rfour")).isEqualTo("one two three four");
    assertThat(MarkdownText.escape("<b>&")).isEqualTo("&lt;b&gt;&amp;");
  }

  @Test
  void onlySafeValuesGoInCodeSpans() {
    assertThat(MarkdownText.code("7b4cdd24f747e1af")).isEqualTo("`7b4cdd24f747e1af`");
    assertThat(MarkdownText.code("x` <b>")).isEqualTo("x\\` &lt;b&gt;");
  }
}
