package dev.opsgrade.check.routes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The admin UIs that must sit behind auth, from admin-apps.txt (data, not code). */
public final class AdminApps {
  private static final List<String> WORDS = load();

  private AdminApps() {}

  /** The admin word a router name or host carries ("grafana"), if any. */
  public static Optional<String> match(String routerName, List<String> hosts) {
    String name = routerName.replaceAll("@.*$", "").toLowerCase(Locale.ROOT);
    for (String word : WORDS) {
      if (part(name, word)
          || hosts.stream()
              .anyMatch(h -> firstLabel(h).equals(word) || part(firstLabel(h), word))) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  private static String firstLabel(String host) {
    int dot = host.indexOf('.');
    return (dot < 0 ? host : host.substring(0, dot)).toLowerCase(Locale.ROOT);
  }

  /** "grafana", "grafana-rtr", "my_grafana" carry "grafana"; "codeberg" does not carry "code". */
  private static boolean part(String text, String word) {
    for (String piece : text.split("[-_.]")) {
      if (piece.equals(word)) {
        return true;
      }
    }
    return text.equals(word);
  }

  private static List<String> load() {
    try (InputStream in =
        AdminApps.class.getResourceAsStream("/dev/opsgrade/check/security/admin-apps.txt")) {
      if (in == null) {
        throw new IllegalStateException("admin-apps.txt is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
