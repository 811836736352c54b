package dev.opsgrade.collect.ansible;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * --check is read-only only as long as no task opts out of it: a task with {@code check_mode:
 * false} (or the old {@code always_run: yes}) runs for real even under --check. Before the check
 * playbook runs, its folder (its roles and included task files live there) is searched for such a
 * task, and a playbook that has one is not run at all.
 */
final class CheckModeGuard {
  private static final Pattern OPT_OUT =
      Pattern.compile(
          "(?mi)^[ \\t]*(?:-[ \\t]+)?(?:check_mode[ \\t]*:[ \\t]*(?:false|no|off|n)"
              + "|always_run[ \\t]*:[ \\t]*(?:true|yes|on|y))\\s*(?:#.*)?$");
  private static final int MAX_FILES = 2000;

  private CheckModeGuard() {}

  /** Where a task opts out of check mode ("roles/db/tasks/main.yml:12"), if one does. */
  static Optional<String> optOut(Path playbook) throws IOException {
    Path folder = playbook.toAbsolutePath().getParent();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(PlaybookFiles::isYaml)
              .limit(MAX_FILES)
              .sorted()
              .toList();
    }
    for (Path file : files) {
      Optional<Integer> line = optOutLine(file);
      if (line.isPresent()) {
        return Optional.of(folder.relativize(file) + ":" + line.get());
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> optOutLine(Path file) {
    String text;
    try {
      if (Files.size(file) > PlaybookFiles.MAX_BYTES) {
        return Optional.empty();
      }
      text = Files.readString(file);
    } catch (IOException e) {
      return Optional.empty(); // ansible-playbook cannot read it either
    }
    Matcher matcher = OPT_OUT.matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    int line = 1;
    for (int i = 0; i < matcher.start(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return Optional.of(line);
  }
}
