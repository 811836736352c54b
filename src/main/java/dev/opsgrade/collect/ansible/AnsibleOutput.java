package dev.opsgrade.collect.ansible;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what ansible-playbook printed: the first error, where it points, the PLAY RECAP. */
final class AnsibleOutput {
  private static final Pattern WHERE =
      Pattern.compile("The (?:offending line|error) appears to be in '([^']+)': line (\\d+)");
  private static final Pattern RECAP =
      Pattern.compile(
          "(?m)^\\S+\\s*:\\s*ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+failed=(\\d+)");
  private static final int MAX_LINE = 300;

  private AnsibleOutput() {}

  /**
   * The first line that says what went wrong: "ERROR! ..." (with the YAML problem beneath it when
   * that is the more precise line), or a task's "fatal: ..." or "failed: ...".
   */
  static Optional<String> firstError(String output) {
    String[] lines = output.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("ERROR!")) {
        String error = line.substring("ERROR!".length()).strip();
        return Optional.of(cut(withYamlProblem(error, lines, i)));
      }
      if (line.startsWith("fatal:") || line.startsWith("failed:")) {
        return Optional.of(cut(line));
      }
    }
    return Optional.empty();
  }

  /** The line Ansible points at, when it says. */
  static Optional<Integer> errorLine(String output) {
    Matcher where = WHERE.matcher(output);
    return where.find() ? Optional.of(Integer.parseInt(where.group(2))) : Optional.empty();
  }

  static Optional<PlaybookCheckRun.Recap> recap(String output) {
    int recapAt = output.lastIndexOf("PLAY RECAP");
    if (recapAt < 0) {
      return Optional.empty();
    }
    Matcher host = RECAP.matcher(output.substring(recapAt));
    int hosts = 0;
    int ok = 0;
    int changed = 0;
    int unreachable = 0;
    int failed = 0;
    while (host.find()) {
      hosts++;
      ok += Integer.parseInt(host.group(1));
      changed += Integer.parseInt(host.group(2));
      unreachable += Integer.parseInt(host.group(3));
      failed += Integer.parseInt(host.group(4));
    }
    return hosts == 0
        ? Optional.empty()
        : Optional.of(new PlaybookCheckRun.Recap(hosts, ok, changed, unreachable, failed));
  }

  /**
   * "We were unable to read either as JSON nor YAML" says little; the YAML parser's own words a few
   * lines below ("mapping values are not allowed here") say what to fix.
   */
  private static String withYamlProblem(String error, String[] lines, int at) {
    for (int i = at + 1; i < Math.min(lines.length, at + 8); i++) {
      if (lines[i].strip().equals("Syntax Error while loading YAML.")
          && i + 1 < lines.length
          && !lines[i + 1].isBlank()) {
        return "Syntax Error while loading YAML: " + lines[i + 1].strip();
      }
    }
    return error;
  }

  private static String cut(String line) {
    return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "..." : line;
  }
}
