package dev.opsgrade.report.markdown;

import dev.opsgrade.collect.ansible.PlaybookCheckRun;
import dev.opsgrade.collect.ansible.PlaybookFolder;
import dev.opsgrade.collect.ansible.PlaybookSyntax;
import dev.opsgrade.collect.ansible.RunOutcome;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.inventory.DrSpec;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The BACKUP_DR_STATUS section on the DR playbooks: how many there are, a table with each one's
 * ansible-playbook --syntax-check result and first error (failures first), and the --check run of
 * the check playbook.
 */
public final class PlaybooksSection {
  private PlaybooksSection() {}

  public static String render(Evidence evidence) {
    return "## DR playbooks\n\n" + body(evidence);
  }

  /** The section without its heading, for a document that gives its own. */
  public static String body(Evidence evidence) {
    StringBuilder out = new StringBuilder();
    Optional<DrSpec> dr = evidence.inventory().dr();
    if (dr.isEmpty() || (dr.get().playbooks().isEmpty() && dr.get().checkPlaybook().isEmpty())) {
      return out.append("No DR playbooks are configured (dr.playbooks, dr.check_playbook).\n")
          .toString();
    }
    Optional<PlaybookFolder> folder =
        evidence.all(PlaybookFolder.class).stream().map(FactView::data).findFirst();
    dr.get().playbooks().ifPresent(configured -> out.append(folder(configured, folder, evidence)));
    dr.get()
        .checkPlaybook()
        .ifPresent(
            configured ->
                out.append(
                    checkRun(
                        configured,
                        evidence.all(PlaybookCheckRun.class).stream()
                            .map(FactView::data)
                            .findFirst())));
    return out.toString();
  }

  private static String folder(
      String configured, Optional<PlaybookFolder> folder, Evidence evidence) {
    if (folder.isEmpty()) {
      return "`" + MarkdownText.escape(configured) + "` was not read.\n\n";
    }
    if (folder.get().problem().isPresent()) {
      return MarkdownText.escape(folder.get().problem().get()) + ".\n\n";
    }
    List<PlaybookSyntax> playbooks =
        evidence.all(PlaybookSyntax.class).stream()
            .map(FactView::data)
            .sorted(
                Comparator.comparing(PlaybooksSection::rank)
                    .thenComparing(PlaybookSyntax::playbook))
            .toList();
    long passed = playbooks.stream().filter(p -> p.outcome() == RunOutcome.PASSED).count();
    long failed = playbooks.stream().filter(p -> p.outcome() == RunOutcome.FAILED).count();
    long unchecked = playbooks.size() - passed - failed;
    StringBuilder out =
        new StringBuilder(MarkdownText.code(folder.get().folder()))
            .append(": ")
            .append(folder.get().playbooks())
            .append(folder.get().playbooks() == 1 ? " playbook" : " playbooks")
            .append(", ")
            .append(passed)
            .append(" pass `ansible-playbook --syntax-check`, ")
            .append(failed)
            .append(" fail")
            .append(unchecked > 0 ? ", " + unchecked + " not checked" : "")
            .append(".\n\n");
    if (playbooks.isEmpty()) {
      return out.toString();
    }
    MarkdownTable table =
        MarkdownTable.of("playbook", "syntax", "first error", "took").rightAligned(3);
    for (PlaybookSyntax p : playbooks) {
      table.row(
          p.playbook() + p.errorLine().map(l -> ":" + l).orElse(""),
          syntax(p.outcome()),
          p.firstError().orElse(FindingText.NONE),
          p.outcome() == RunOutcome.NOT_RUN ? FindingText.NONE : seconds(p.millis()));
    }
    return out.append(table.render()).append('\n').toString();
  }

  private static String checkRun(String configured, Optional<PlaybookCheckRun> run) {
    if (run.isEmpty()) {
      return "Check run of `" + MarkdownText.escape(configured) + "`: not run.\n";
    }
    PlaybookCheckRun r = run.get();
    String command =
        "ansible-playbook --check "
            + r.inventory().map(i -> "-i " + i + " ").orElse("")
            + r.playbook();
    StringBuilder out =
        new StringBuilder("Check run (read-only): ").append(MarkdownText.code(command));
    String outcome =
        switch (r.outcome()) {
          case PASSED -> "passed in " + seconds(r.millis());
          case FAILED -> "failed after " + seconds(r.millis());
          case TIMED_OUT -> "timed out after " + seconds(r.millis());
          case NOT_RUN -> "not run";
        };
    out.append(": ").append(outcome);
    r.recap()
        .ifPresent(
            c ->
                out.append(" (")
                    .append(c.hosts())
                    .append(c.hosts() == 1 ? " host, " : " hosts, ")
                    .append(c.ok())
                    .append(" ok, ")
                    .append(c.changed())
                    .append(" would change, ")
                    .append(c.unreachable())
                    .append(" unreachable, ")
                    .append(c.failed())
                    .append(" failed)"));
    if (r.outcome() == RunOutcome.PASSED && r.recap().filter(c -> c.hosts() > 0).isEmpty()) {
      out.append(", but it matched no host and verified nothing");
    }
    r.firstError().ifPresent(e -> out.append(". First error: ").append(MarkdownText.escape(e)));
    return out.append(".\n").toString();
  }

  private static int rank(PlaybookSyntax p) {
    return switch (p.outcome()) {
      case FAILED -> 0;
      case TIMED_OUT, NOT_RUN -> 1;
      case PASSED -> 2;
    };
  }

  private static String syntax(RunOutcome outcome) {
    return switch (outcome) {
      case PASSED -> "ok";
      case FAILED -> "error";
      case TIMED_OUT -> "timed out";
      case NOT_RUN -> "not checked";
    };
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
