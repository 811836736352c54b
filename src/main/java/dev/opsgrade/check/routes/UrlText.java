package dev.opsgrade.check.routes;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The host of a URL, read as text (checks do no networking, so no java.net). */
public final class UrlText {
  private static final Pattern URL =
      Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/]*@)?(\\[[^]]+]|[^/:?#]+)");

  private UrlText() {}

  public static Optional<String> host(String url) {
    Matcher m = URL.matcher(url.trim());
    return m.find()
        ? Optional.of(m.group(1).replace("[", "").replace("]", "").toLowerCase(Locale.ROOT))
        : Optional.empty();
  }
}
