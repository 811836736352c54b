package dev.opsgrade.score;

import dev.opsgrade.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares an assessment with the previous one. Pure: two assessments in, {@link Changes} out. */
public final class ChangeCalculator {
  static final String FIRST = "First assessment: nothing to compare with.";

  private ChangeCalculator() {}

  public static Changes compare(Assessment current, Optional<Assessment> previous) {
    Changes.Snapshot now = Changes.Snapshot.of(current);
    if (previous.isEmpty()) {
      return new Changes(
          Optional.empty(),
          now,
          0,
          categories(current, Optional.empty()),
          List.of(),
          List.of(),
          List.of(),
          FIRST);
    }
    Assessment before = previous.get();
    Set<Key> problemsBefore = problemKeys(before.findings());
    Set<Key> problemsNow = problemKeys(current.findings());
    List<Finding> newProblems = new ArrayList<>();
    List<Finding> stillOpen = new ArrayList<>();
    for (Finding finding : problems(current.findings())) {
      (problemsBefore.contains(Key.of(finding)) ? stillOpen : newProblems).add(finding);
    }
    List<Finding> fixed =
        problems(before.findings()).stream().filter(f -> !problemsNow.contains(Key.of(f))).toList();
    Changes.Snapshot then = Changes.Snapshot.of(before);
    List<Changes.CategoryChange> categories = categories(current, previous);
    String explanation =
        ChangeExplanation.explain(then, now, categories, newProblems, List.copyOf(fixed));
    return new Changes(
        Optional.of(then),
        now,
        Scorer.round1(now.score() - then.score()),
        categories,
        List.copyOf(newProblems),
        fixed,
        List.copyOf(stillOpen),
        explanation);
  }

  private static List<Changes.CategoryChange> categories(
      Assessment current, Optional<Assessment> previous) {
    return current.categories().stream()
        .map(
            now ->
                new Changes.CategoryChange(
                    now.id(), now.weight(), previous.flatMap(p -> scoreOf(p, now)), now.score()))
        .toList();
  }

  private static Optional<Double> scoreOf(Assessment assessment, CategoryScore category) {
    return assessment.categories().stream()
        .filter(c -> c.id() == category.id())
        .findFirst()
        .flatMap(CategoryScore::score);
  }

  private static List<Finding> problems(List<Finding> findings) {
    return findings.stream().filter(f -> f.status().isProblem()).toList();
  }

  private static Set<Key> problemKeys(List<Finding> findings) {
    return problems(findings).stream().map(Key::of).collect(Collectors.toSet());
  }

  /** Findings are the same finding across assessments when check and subject agree. */
  private record Key(String check, String subject) {
    static Key of(Finding finding) {
      return new Key(finding.check(), finding.subject());
    }
  }
}
