package dev.opsgrade.collect.docs;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown document into the blocks of prose a reader sees (headings, paragraphs, list
 * items, table rows), each with its source lines and the date of its section. Code blocks, inline
 * code and HTML are not prose: they are left out or masked.
 */
final class MarkdownReader {
  /** Thread-safe: the parser holds no per-document state. */
  static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private final List<TextUnit> units = new ArrayList<>();
  private final Deque<Section> sections = new ArrayDeque<>();
  private boolean openTask;

  /** A heading's scope, dated by the heading itself or by a dateline paragraph under it. */
  private static final class Section {
    final int level;
    Optional<LocalDate> date;

    Section(int level, Optional<LocalDate> date) {
      this.level = level;
      this.date = date;
    }
  }

  private MarkdownReader() {
    sections.push(new Section(0, Optional.empty()));
  }

  static List<TextUnit> read(String markdown) {
    MarkdownReader reader = new MarkdownReader();
    reader.children(PARSER.parse(markdown));
    return List.copyOf(reader.units);
  }

  private void block(Node node) {
    switch (node) {
      case Heading heading -> heading(heading);
      case Paragraph paragraph -> paragraph(paragraph);
      case ListItem item -> listItem(item);
      case TableBlock table -> table(table);
      case FencedCodeBlock code -> {}
      case IndentedCodeBlock code -> {}
      case HtmlBlock html -> {}
      default -> children(node);
    }
  }

  private void children(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      block(child);
    }
  }

  private void heading(Heading heading) {
    LinedText text = inline(heading).trim();
    while (sections.peek().level >= heading.getLevel()) {
      sections.pop();
    }
    sections.push(new Section(heading.getLevel(), Dates.find(text.text())));
    add(TextUnit.Type.HEADING, text, List.of(), List.of());
  }

  private void paragraph(Paragraph paragraph) {
    LinedText text = inline(paragraph).trim();
    Optional<LocalDate> dateline = Dates.dateline(text.text());
    if (dateline.isPresent()) {
      sections.peek().date = dateline;
    }
    add(TextUnit.Type.PARAGRAPH, text, List.of(), List.of());
  }

  private void listItem(ListItem item) {
    boolean outer = openTask;
    if (item.getFirstChild() instanceof Paragraph first
        && inline(first).text().stripLeading().startsWith("[ ]")) {
      openTask = true;
    }
    children(item);
    openTask = outer;
  }

  private void table(TableBlock table) {
    List<String> header = List.of();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<LinedText> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          cells.add(inline(cell).trim());
        }
        if (section instanceof TableHead) {
          header = cells.stream().map(LinedText::text).toList();
        } else {
          add(TextUnit.Type.TABLE_ROW, joined(cells, lineOf(row, 1)), cells, header);
        }
      }
    }
  }

  private void add(TextUnit.Type type, LinedText text, List<LinedText> cells, List<String> header) {
    units.add(new TextUnit(type, text, List.copyOf(cells), header, sectionDate(), openTask));
  }

  private Optional<LocalDate> sectionDate() {
    for (Section section : sections) {
      if (section.date.isPresent()) {
        return section.date;
      }
    }
    return Optional.empty();
  }

  private static LinedText joined(List<LinedText> cells, int line) {
    LinedText row = LinedText.of("", line);
    for (int i = 0; i < cells.size(); i++) {
      row = row.append(i == 0 ? cells.get(i) : LinedText.of(" | ", line).append(cells.get(i)));
    }
    return row;
  }

  /** The inline content of a block as text, each character with its source line. */
  static LinedText inline(Node block) {
    LinedText.Builder builder = new LinedText.Builder();
    appendInline(block, builder, new int[] {lineOf(block, 1)});
    return builder.build();
  }

  private static void appendInline(Node node, LinedText.Builder out, int[] line) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      line[0] = lineOf(child, line[0]);
      switch (child) {
        case Text text -> out.prose(text.getLiteral(), line[0]);
        case Code code -> out.code("`" + code.getLiteral() + "`", line[0]);
        case HtmlInline html -> out.code(html.getLiteral(), line[0]);
        case SoftLineBreak soft -> out.prose(" ", line[0]);
        case HardLineBreak hard -> out.prose("\n", line[0]);
        default -> appendInline(child, out, line);
      }
    }
  }

  /** The 1-based source line where a node starts, or {@code fallback} when it has no span. */
  static int lineOf(Node node, int fallback) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? fallback : spans.getFirst().getLineIndex() + 1;
  }
}
