package dev.opsgrade.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** A fish completion script written from the command model: subcommands, options, values. */
final class FishCompletion {
  private FishCompletion() {}

  static String script(String command, CommandSpec root) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "# fish completion for " + command + ", written by `" + command + " completion fish`");
    lines.add("complete -c " + command + " -f");
    for (OptionSpec option : root.options()) {
      lines.add(option(command, "__fish_use_subcommand", option));
    }
    for (Map.Entry<String, CommandLine> sub : root.subcommands().entrySet()) {
      CommandSpec spec = sub.getValue().getCommandSpec();
      lines.add(
          "complete -c "
              + command
              + " -n __fish_use_subcommand -a "
              + quote(sub.getKey())
              + " -d "
              + quote(first(spec.usageMessage().description())));
      String when = "'__fish_seen_subcommand_from " + sub.getKey() + "'";
      for (OptionSpec option : spec.options()) {
        lines.add(option(command, when, option));
      }
      for (PositionalParamSpec parameter : spec.positionalParameters()) {
        lines.add(positional(command, when, parameter));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String option(String command, String when, OptionSpec option) {
    StringBuilder line = new StringBuilder("complete -c " + command + " -n " + when);
    for (String name : option.names()) {
      line.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
    }
    if (option.arity().max() > 0) {
      line.append(" -r").append(values(option.completionCandidates(), option.type()));
    }
    return line.append(" -d ").append(quote(first(option.description()))).toString();
  }

  private static String positional(String command, String when, PositionalParamSpec parameter) {
    return "complete -c "
        + command
        + " -n "
        + when
        + values(parameter.completionCandidates(), parameter.type())
        + " -d "
        + quote(first(parameter.description()));
  }

  /** The values to offer: the candidates, files for a path, else anything typed. */
  private static String values(Iterable<String> candidates, Class<?> type) {
    if (candidates != null) {
      List<String> values = new ArrayList<>();
      candidates.forEach(values::add);
      return " -f -a " + quote(String.join(" ", values));
    }
    return Path.class.isAssignableFrom(type) ? " -F" : "";
  }

  private static String first(String[] description) {
    return description.length == 0 ? "" : description[0].replace("${DEFAULT-VALUE}", "default");
  }

  /** A fish single-quoted string: only \ and ' are special inside it. */
  static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
