package dev.opsgrade.serve.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Values placed into URL paths of links: percent-encoded, so a name cannot add a segment. */
final class PathText {
  private PathText() {}

  static String segment(String raw) {
    return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A relative file path: each segment encoded, the slashes kept. */
  static String path(String relative) {
    StringBuilder out = new StringBuilder();
    for (String part : relative.split("/", -1)) {
      out.append(out.isEmpty() ? "" : "/").append(segment(part));
    }
    return out.toString();
  }
}
