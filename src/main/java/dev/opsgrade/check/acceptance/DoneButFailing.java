package dev.opsgrade.check.acceptance;

import dev.opsgrade.acceptance.Criteria;
import dev.opsgrade.acceptance.CriterionResult;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.todo.TodoItem;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The judgement of acc.done-but-failing, on the findings of every other check. */
public final class DoneButFailing {
  private static final int SUBJECT_LENGTH = 80;

  private DoneButFailing() {}

  /**
   * The judgement: each ticked item naming a known check passes when those checks pass (or are
   * waived or not applicable), warns when one only warns, and fails otherwise.
   */
  public static List<Finding> evaluate(
      List<FactView<TodoItem>> items, List<Finding> assessed, Set<String> known, Findings f) {
    List<Finding> result = new ArrayList<>();
    for (FactView<TodoItem> view : items) {
      TodoItem item = view.data();
      List<String> checks = item.checks().stream().filter(known::contains).toList();
      if (item.done() && !checks.isEmpty()) {
        result.add(judge(view, checks, assessed, f));
      }
    }
    return result;
  }

  private static Finding judge(
      FactView<TodoItem> view, List<String> checks, List<Finding> assessed, Findings f) {
    TodoItem item = view.data();
    String subject = subject(item.text());
    List<String> broken = new ArrayList<>();
    Status worst = Status.PASS;
    for (String check : checks) {
      CriterionResult result = Criteria.evaluate(check, assessed);
      if (!result.met()) {
        broken.add(check + ": " + result.summary());
        worst = worse(worst, statusOf(check, result, assessed));
      }
    }
    if (worst == Status.PASS) {
      return f.about(
          Status.PASS, subject, "ticked, and " + String.join(", ", checks) + " pass", view);
    }
    String message = "ticked as done, but " + String.join("; ", broken);
    if (worst != Status.FAIL) {
      return f.about(worst, subject, message, view);
    }
    return f.fail(
        subject,
        message,
        view.location(),
        List.of(view.id()),
        "Untick the item at "
            + item.file()
            + ":"
            + item.line()
            + " (write - [ ]) until "
            + String.join(", ", checks)
            + " pass, or fix what "
            + (checks.size() == 1 ? "that check reports" : "those checks report"));
  }

  /** FAIL when a finding fails or is unverified, WARN when they only warn, UNVERIFIED if none. */
  private static Status statusOf(String check, CriterionResult result, List<Finding> assessed) {
    if (result.verdict() == CriterionResult.Verdict.NOT_ASSESSED) {
      return Status.UNVERIFIED;
    }
    boolean fails =
        assessed.stream()
            .anyMatch(
                x ->
                    x.check().equals(check)
                        && (x.status() == Status.FAIL || x.status() == Status.UNVERIFIED));
    return fails ? Status.FAIL : Status.WARN;
  }

  private static Status worse(Status a, Status b) {
    List<Status> order = List.of(Status.PASS, Status.WARN, Status.UNVERIFIED, Status.FAIL);
    return order.indexOf(a) >= order.indexOf(b) ? a : b;
  }

  private static String subject(String text) {
    String plain = text.strip();
    return plain.length() <= SUBJECT_LENGTH ? plain : plain.substring(0, SUBJECT_LENGTH - 1) + "…";
  }
}
