package dev.opsgrade.collect.compose;

import dev.opsgrade.collect.compose.ComposeService.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Service {@code volumes} and {@code secrets}: short syntax ({@code src:dst[:ro]}, {@code dst} for
 * an anonymous volume, a source starting with '/', '.', '~' or a drive letter is a bind mount,
 * anything else a named volume) and long syntax ({@code type, source, target, read_only}).
 */
final class Mounts {
  private static final Set<String> TYPES =
      Set.of("bind", "volume", "tmpfs", "npipe", "cluster", "image");

  private Mounts() {}

  static List<VolumeMount> volumes(YamlNode node) {
    List<VolumeMount> mounts = new ArrayList<>();
    for (YamlNode item : YamlNode.items(node)) {
      mounts.add(item instanceof YamlNode.Mapping m ? longVolume(m) : shortVolume(item));
    }
    return List.copyOf(mounts);
  }

  private static VolumeMount shortVolume(YamlNode item) {
    String spec = YamlNode.expectText(item, "a volume");
    List<String> parts = split(spec);
    if (spec.isBlank() || parts.size() > 3 || parts.stream().anyMatch(String::isEmpty)) {
      throw new ComposeException(item.at(), "invalid volume specification '" + spec + "'");
    }
    int line = item.at().line();
    if (parts.size() == 1) {
      return new VolumeMount("volume", "", parts.get(0), false, line);
    }
    boolean readOnly = parts.size() == 3 && List.of(parts.get(2).split(",")).contains("ro");
    String source = parts.get(0);
    String type = isFilePath(source) ? "bind" : "volume";
    return new VolumeMount(type, source, parts.get(1), readOnly, line);
  }

  private static VolumeMount longVolume(YamlNode.Mapping m) {
    String type = m.text("type").orElse("volume");
    if (!TYPES.contains(type)) {
      throw new ComposeException(m.at(), "unknown volume type '" + type + "'");
    }
    String target =
        m.text("target").orElseThrow(() -> new ComposeException(m.at(), "a volume needs a target"));
    boolean readOnly = m.text("read_only").map(Booleans::parse).orElse(false);
    return new VolumeMount(type, m.text("source").orElse(""), target, readOnly, m.at().line());
  }

  /** Splits at ':' except after a Windows drive letter ("C:\data:/data"). */
  private static List<String> split(String spec) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < spec.length(); i++) {
      boolean drive =
          i == start + 1
              && Character.isLetter(spec.charAt(start))
              && i + 1 < spec.length()
              && (spec.charAt(i + 1) == '\\' || spec.charAt(i + 1) == '/');
      if (spec.charAt(i) == ':' && !drive) {
        parts.add(spec.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(spec.substring(start));
    return parts;
  }

  static boolean isFilePath(String source) {
    if (source.isEmpty()) {
      return false;
    }
    char first = source.charAt(0);
    return first == '.'
        || first == '/'
        || first == '~'
        || source.startsWith("\\\\")
        || (source.length() > 2 && Character.isLetter(first) && source.charAt(1) == ':');
  }

  /** The key a volume merges by: its target. */
  static String target(YamlNode item) {
    if (item instanceof YamlNode.Mapping m) {
      return m.text("target").orElse("");
    }
    List<String> parts = split(YamlNode.asText(item).orElse(""));
    return parts.size() == 1 ? parts.get(0) : parts.get(1);
  }

  /** The key a secret or config merges by, and the name a service refers to it by. */
  static String source(YamlNode item) {
    if (item instanceof YamlNode.Mapping m) {
      return m.text("source").orElse("");
    }
    return YamlNode.asText(item).orElse("");
  }

  static List<String> secrets(YamlNode node) {
    List<String> names = new ArrayList<>();
    for (YamlNode item : YamlNode.items(node)) {
      String name = source(item);
      if (name.isEmpty()) {
        throw new ComposeException(item.at(), "a secret needs a name (source)");
      }
      names.add(name);
    }
    return List.copyOf(names);
  }
}
