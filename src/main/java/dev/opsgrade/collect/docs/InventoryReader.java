package dev.opsgrade.collect.docs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Reads the doc inventory file: the Markdown files it lists by link
 * ("[Backup](runbooks/BACKUP.md)") or by a bare path in text, inline code, lists and tables. A
 * listed path is looked up beside the inventory file, then under the docs folder, then under the
 * inventory's folder.
 */
final class InventoryReader {
  private static final Pattern BARE_PATH =
      Pattern.compile(
          "(?<![\\w./\\\\-])((?:[\\w.-]+/)*[\\w.-]+\\.(?:md|markdown))(?![\\w/])",
          Pattern.CASE_INSENSITIVE);

  private InventoryReader() {}

  /**
   * @param relative how a file is named in facts (relative to the inventory's folder)
   */
  static DocInventory read(
      Path file, String markdown, Path docsRoot, Path baseDir, Function<Path, String> relative) {
    Map<String, DocInventory.Entry> entries = new LinkedHashMap<>();
    List<Listed> listed = new ArrayList<>();
    collect(MarkdownReader.PARSER.parse(markdown), listed);
    Path self = file.toAbsolutePath().normalize();
    for (Listed item : listed) {
      Path resolved = resolve(item.path(), file.getParent(), docsRoot, baseDir);
      if (resolved.equals(self)) {
        continue;
      }
      String path = relative.apply(resolved);
      entries.putIfAbsent(
          path,
          new DocInventory.Entry(item.path(), path, item.line(), Files.isRegularFile(resolved)));
    }
    return new DocInventory(relative.apply(file), true, List.copyOf(entries.values()));
  }

  private record Listed(String path, int line) {}

  private static void collect(Node node, List<Listed> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      switch (child) {
        case FencedCodeBlock code -> {}
        case IndentedCodeBlock code -> {}
        case Link link -> link(link, out); // its text names the doc, its target is the path
        case Text text -> bare(text.getLiteral(), MarkdownReader.lineOf(text, 1), out);
        case Code code -> bare(code.getLiteral(), MarkdownReader.lineOf(code, 1), out);
        default -> collect(child, out);
      }
    }
  }

  private static void link(Link link, List<Listed> out) {
    String destination = link.getDestination();
    if (destination.contains(":") || destination.startsWith("#")) {
      return; // another site, a mail address or an anchor in this page
    }
    String path = URLDecoder.decode(destination.replaceAll("[#?].*$", ""), StandardCharsets.UTF_8);
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      out.add(new Listed(path, MarkdownReader.lineOf(link, 1)));
    }
  }

  private static void bare(String text, int line, List<Listed> out) {
    if (text.contains("://")) {
      return;
    }
    Matcher m = BARE_PATH.matcher(text);
    while (m.find()) {
      out.add(new Listed(m.group(1), line));
    }
  }

  private static Path resolve(String listed, Path beside, Path docsRoot, Path baseDir) {
    String path = listed.startsWith("/") ? listed.substring(1) : listed;
    for (Path folder : List.of(beside, docsRoot, baseDir)) {
      Path candidate = folder.resolve(path).toAbsolutePath().normalize();
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return beside.resolve(path).toAbsolutePath().normalize();
  }
}
