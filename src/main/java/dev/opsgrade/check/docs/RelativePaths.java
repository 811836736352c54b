package dev.opsgrade.check.docs;

import java.util.Arrays;
import java.util.List;

/** Relative links between doc paths, as strings: checks do no file-system work. */
final class RelativePaths {
  private RelativePaths() {}

  /**
   * How a link in {@code fromFile} names {@code toFile} (both relative to one folder, with '/').
   */
  static String from(String fromFile, String toFile) {
    List<String> from = Arrays.asList(fromFile.split("/"));
    List<String> to = Arrays.asList(toFile.split("/"));
    List<String> fromDir = from.subList(0, from.size() - 1);
    int common = 0;
    while (common < fromDir.size()
        && common < to.size() - 1
        && fromDir.get(common).equals(to.get(common))) {
      common++;
    }
    StringBuilder link = new StringBuilder();
    for (int i = common; i < fromDir.size(); i++) {
      link.append("../");
    }
    link.append(String.join("/", to.subList(common, to.size())));
    return link.toString();
  }
}
