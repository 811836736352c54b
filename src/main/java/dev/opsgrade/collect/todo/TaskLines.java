package dev.opsgrade.collect.todo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the checkbox items of a Markdown file ("- [ ] ...", "* [x] ...", "1. [X] ..."), outside
 * fenced code blocks, with the check ids each names ("(sec.auth-coverage)", "`rel.oom`", a link).
 */
final class TaskLines {
  private static final Pattern ITEM =
      Pattern.compile("^\\s{0,12}(?:[-*+]|\\d{1,9}[.)])\\s+\\[([ xX])\\]\\s+(\\S.*?)\\s*$");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```+|~~~+)");

  /**
   * A check id by the prefixes of the catalogue's categories; the checks judge which ids exist. Not
   * part of a longer word, path or host name.
   */
  static final Pattern CHECK_ID =
      Pattern.compile(
          "(?<![\\w./-])(?:avail|rel|mon|sec|doc|bak|chg|acc)\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\\w/]|\\.\\w)");

  /** An item as read: line (1-based), text, ticked, check ids. */
  record Item(int line, String text, boolean done, List<String> checks) {}

  private TaskLines() {}

  static List<Item> items(List<String> lines) {
    List<Item> items = new ArrayList<>();
    Optional<String> fence = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher fenceMatch = FENCE.matcher(line);
      if (fenceMatch.find()) {
        String marker = fenceMatch.group(1);
        if (fence.isEmpty()) {
          fence = Optional.of(marker);
        } else if (marker.charAt(0) == fence.get().charAt(0)
            && marker.length() >= fence.get().length()) {
          fence = Optional.empty();
        }
        continue;
      }
      Matcher item = ITEM.matcher(line);
      if (fence.isEmpty() && item.matches()) {
        String text = item.group(2);
        items.add(new Item(i + 1, text, !item.group(1).isBlank(), checkIds(text)));
      }
    }
    return List.copyOf(items);
  }

  static List<String> checkIds(String text) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    Matcher matcher = CHECK_ID.matcher(text);
    while (matcher.find()) {
      ids.add(matcher.group());
    }
    return List.copyOf(ids);
  }
}
