package dev.opsgrade.collect.todo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells runbooks and procedures from other documents: by a word of the file name ("RUNBOOK.md",
 * "DR_PLAN.md", "restore-procedure.md"), or by a strong word of the first heading ("# Runbook:
 * Traefik"). A title alone that mentions "restore" is often a status report, so it does not count.
 */
final class ProcedureNames {
  private static final Set<String> STRONG =
      Set.of("runbook", "runbooks", "procedure", "procedures", "sop");
  private static final Set<String> IN_NAME =
      Set.of("playbook", "dr", "disaster", "recovery", "restore", "failover");
  private static final Set<String> DISASTER_RECOVERY =
      Set.of("dr", "disaster", "recovery", "restore", "failover", "backup", "backups");
  private static final Pattern WORD_BREAK =
      Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");

  private ProcedureNames() {}

  static Optional<ProcedureDoc> of(String file, List<String> lines) {
    String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
    Optional<String> title = firstHeading(lines);
    Set<String> nameWords = words(name);
    Set<String> titleWords = title.map(ProcedureNames::words).orElse(Set.of());
    boolean procedure =
        nameWords.stream().anyMatch(w -> STRONG.contains(w) || IN_NAME.contains(w))
            || titleWords.stream().anyMatch(STRONG::contains);
    if (!procedure) {
      return Optional.empty();
    }
    boolean dr =
        nameWords.stream().anyMatch(DISASTER_RECOVERY::contains)
            || titleWords.stream().anyMatch(DISASTER_RECOVERY::contains);
    return Optional.of(new ProcedureDoc(file, title.orElse(name), dr));
  }

  private static Optional<String> firstHeading(List<String> lines) {
    return lines.stream()
        .filter(l -> l.startsWith("# "))
        .map(l -> l.substring(2).strip())
        .filter(t -> !t.isEmpty())
        .findFirst();
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : WORD_BREAK.split(text)) {
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
