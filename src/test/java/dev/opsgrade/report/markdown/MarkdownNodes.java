package dev.opsgrade.report.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Markdown parsed the way GitHub renders it (CommonMark with GFM tables), as a list of nodes. */
final class MarkdownNodes {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private MarkdownNodes() {}

  static List<Node> parse(String markdown) {
    List<Node> nodes = new ArrayList<>();
    collect(PARSER.parse(markdown), nodes);
    return nodes;
  }

  /** The text a reader sees in a node. */
  static String text(Node node) {
    StringBuilder out = new StringBuilder();
    List<Node> nodes = new ArrayList<>();
    collect(node, nodes);
    nodes.stream().filter(Text.class::isInstance).forEach(t -> out.append(((Text) t).getLiteral()));
    return out.toString();
  }

  private static void collect(Node node, List<Node> into) {
    into.add(node);
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, into);
    }
  }
}
