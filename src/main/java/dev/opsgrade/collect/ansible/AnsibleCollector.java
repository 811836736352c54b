package dev.opsgrade.collect.ansible;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.inventory.DrSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The disaster-recovery playbooks (dr.playbooks): found and counted (the count is the measurement
 * docs claims like "46 playbooks" are compared with), each run through ansible-playbook
 * --syntax-check; and dr.check_playbook run with --check, which changes nothing on the hosts.
 */
public final class AnsibleCollector implements Collector {
  public static final String NAME = "ansible";

  /** Left of the collector's budget for recording what was found. */
  static final Duration MARGIN = Duration.ofSeconds(5);

  private final String executable;

  public AnsibleCollector() {
    this("ansible-playbook");
  }

  /** With another ansible-playbook (a path, or a name looked up on PATH). */
  public AnsibleCollector(String executable) {
    this.executable = executable;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured(Inventory inventory) {
    return inventory
        .dr()
        .filter(dr -> dr.playbooks().isPresent() || dr.checkPlaybook().isPresent())
        .isPresent();
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    DrSpec dr = inventory.dr().orElseThrow();
    long deadline = System.nanoTime() + context.budget().minus(MARGIN).toNanos();
    dr.playbooks().ifPresent(folder -> syntax(folder, context, deadline));
    dr.checkPlaybook()
        .ifPresent(
            playbook ->
                new CheckRunner(executable, context, deadline)
                    .run(playbook, dr.checkInventory(), dr.playbooks()));
  }

  private void syntax(String folder, CollectContext context, long deadline) {
    Path root = context.resolve(folder);
    String shown = context.relative(root);
    if (!Files.isDirectory(root)) {
      String why = Files.exists(root) ? "is not a folder" : "does not exist";
      folderProblem(shown, "dr.playbooks " + shown + " " + why, context);
      return;
    }
    List<Path> playbooks;
    try {
      playbooks = PlaybookFiles.find(root);
    } catch (IOException e) {
      folderProblem(shown, "cannot read " + shown + ": " + e, context);
      return;
    }
    context.fact(
        shown,
        Provenance.of(NAME, Location.file(shown), context.now()),
        new PlaybookFolder(shown, playbooks.size(), Optional.empty()));
    context.fact(
        "ansible.playbooks",
        Provenance.of(NAME, Location.file(shown), context.now()),
        Measurement.of("ansible.playbooks", playbooks.size(), NAME));
    List<PlaybookSyntax> results =
        new SyntaxChecks(executable, root, deadline).check(playbooks, context::relative);
    for (PlaybookSyntax result : results) {
      Location at =
          result
              .errorLine()
              .map(l -> Location.file(result.playbook(), l))
              .orElse(Location.file(result.playbook()));
      context.fact(result.playbook(), Provenance.of(NAME, at, context.now()), result);
    }
    context.run(NAME, shown, summary(results), describe(playbooks.size(), results));
  }

  private static void folderProblem(String shown, String problem, CollectContext context) {
    context.run(NAME, shown, CollectorRun.Outcome.FAILED, problem);
    context.fact(
        shown,
        Provenance.of(NAME, Location.file(shown), context.now()),
        new PlaybookFolder(shown, 0, Optional.of(problem)));
  }

  private static CollectorRun.Outcome summary(List<PlaybookSyntax> results) {
    boolean allRun = results.stream().allMatch(r -> r.outcome() != RunOutcome.NOT_RUN);
    boolean noneRun = results.stream().allMatch(r -> r.outcome() == RunOutcome.NOT_RUN);
    if (!results.isEmpty() && noneRun) {
      return CollectorRun.Outcome.FAILED;
    }
    return allRun ? CollectorRun.Outcome.OK : CollectorRun.Outcome.PARTIAL;
  }

  private static String describe(int found, List<PlaybookSyntax> results) {
    long passed = results.stream().filter(r -> r.outcome() == RunOutcome.PASSED).count();
    List<String> notRun = new ArrayList<>();
    results.stream()
        .filter(r -> r.outcome() == RunOutcome.NOT_RUN)
        .findFirst()
        .flatMap(PlaybookSyntax::firstError)
        .ifPresent(notRun::add);
    return found
        + " playbooks, "
        + passed
        + " pass --syntax-check"
        + (notRun.isEmpty() ? "" : "; not checked: " + notRun.get(0));
  }

  static Optional<Duration> remaining(long deadline) {
    long left = deadline - System.nanoTime();
    return left <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(left));
  }
}
