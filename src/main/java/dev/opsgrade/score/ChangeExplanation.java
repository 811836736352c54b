package dev.opsgrade.score;

import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one sentence that says why the grade moved: the category with the largest weighted change in
 * the direction of the move, and the check with most of its new (or fixed) findings.
 */
final class ChangeExplanation {
  private static final int SUBJECTS_NAMED = 3;

  private ChangeExplanation() {}

  static String explain(
      Changes.Snapshot before,
      Changes.Snapshot now,
      List<Changes.CategoryChange> categories,
      List<Finding> newProblems,
      List<Finding> fixed) {
    double delta = Scorer.round1(now.score() - before.score());
    if (delta == 0) {
      return unchanged(now, newProblems.size(), fixed.size());
    }
    boolean fell = delta < 0;
    String verb = fell ? "fell" : "rose";
    String head =
        before.letter().equals(now.letter())
            ? "Score %s from %s to %s (grade still %s)"
                .formatted(
                    verb,
                    ScoreFormat.score(before.score()),
                    ScoreFormat.score(now.score()),
                    now.letter())
            : "Grade %s from %s (%s) to %s (%s)"
                .formatted(
                    verb,
                    before.letter(),
                    ScoreFormat.score(before.score()),
                    now.letter(),
                    ScoreFormat.score(now.score()));
    return head
        + driver(categories, fell).map(c -> because(c, fell, newProblems, fixed)).orElse("")
        + ".";
  }

  private static String unchanged(Changes.Snapshot now, int appeared, int fixed) {
    String head =
        "Grade unchanged at %s (%s)".formatted(now.letter(), ScoreFormat.score(now.score()));
    if (appeared == 0 && fixed == 0) {
      return head + ".";
    }
    return head + ": " + count(appeared, "new problem") + ", " + fixed + " fixed.";
  }

  private static Optional<Changes.CategoryChange> driver(
      List<Changes.CategoryChange> categories, boolean fell) {
    return categories.stream()
        .filter(c -> fell ? c.weightedDelta() < 0 : c.weightedDelta() > 0)
        .max(Comparator.comparingDouble(c -> Math.abs(c.weightedDelta())));
  }

  private static String because(
      Changes.CategoryChange category, boolean fell, List<Finding> appeared, List<Finding> fixed) {
    String text =
        " because %s %s %s points"
            .formatted(
                category.category().id(),
                fell ? "lost" : "gained",
                ScoreFormat.score(Math.abs(category.delta())));
    List<Finding> causes =
        (fell ? appeared : fixed)
            .stream().filter(f -> f.category() == category.category()).toList();
    return causes.isEmpty() ? text : text + ": " + causes(causes, fell);
  }

  private static String causes(List<Finding> causes, boolean fell) {
    Map<String, List<Finding>> byCheck =
        causes.stream()
            .collect(Collectors.groupingBy(Finding::check, TreeMap::new, Collectors.toList()));
    Map.Entry<String, List<Finding>> main =
        byCheck.entrySet().stream()
            .max(
                Comparator.<Map.Entry<String, List<Finding>>>comparingInt(e -> e.getValue().size())
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
            .orElseThrow();
    List<Finding> findings = main.getValue();
    String noun;
    if (fell) {
      boolean allFail = findings.stream().allMatch(f -> f.status() == Status.FAIL);
      noun = count(findings.size(), allFail ? "new failure" : "new problem");
    } else {
      noun = findings.size() + " fixed";
    }
    String text = noun + " in " + main.getKey() + " (" + subjects(findings) + ")";
    int elsewhere = causes.size() - findings.size();
    return elsewhere == 0 ? text : text + " and " + elsewhere + " more in other checks";
  }

  private static String subjects(List<Finding> findings) {
    String named =
        findings.stream()
            .map(Finding::subject)
            .distinct()
            .limit(SUBJECTS_NAMED)
            .collect(Collectors.joining(", "));
    long distinct = findings.stream().map(Finding::subject).distinct().count();
    return distinct > SUBJECTS_NAMED ? named + ", ..." : named;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
