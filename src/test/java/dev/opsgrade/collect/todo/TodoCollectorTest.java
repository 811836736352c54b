package dev.opsgrade.collect.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.opsgrade.acceptance.Corpus;
import dev.opsgrade.acceptance.Inventories;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.inventory.Inventory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodoCollectorTest {
  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

  @TempDir Path dir;

  private Evidence collect(Inventory inventory) {
    return Corpus.collect(inventory, NOW, Map.of(), List.of(new TodoCollector()));
  }

  private Inventory inventory(Optional<String> docs) {
    return Inventories.of(
        Corpus.copy(dir),
        List.of(
            Inventories.phase("2A", "phases/PHASE-2A", List.of(), List.of()),
            Inventories.phase("3A", "phases/PHASE-3A", List.of(), List.of())),
        docs);
  }

  @Test
  void everyCheckboxItemIsReadWithTheCheckIdsItNames() {
    Evidence evidence = collect(inventory(Optional.of(".docs")));

    List<TodoItem> todo =
        evidence.all(TodoItem.class).stream()
            .map(FactView::data)
            .filter(i -> i.file().equals(".docs/TODO.md"))
            .sorted(java.util.Comparator.comparingInt(TodoItem::line))
            .toList();
    assertThat(todo)
        .extracting(TodoItem::line, TodoItem::done, TodoItem::checks)
        .containsExactly(
            tuple(8, true, List.of("sec.auth-coverage")),
            tuple(9, true, List.of("avail.route-status")),
            tuple(10, true, List.of("rel.restart-policy")),
            tuple(11, true, List.of("sec.hsts")),
            tuple(12, true, List.of("bak.backup-age")),
            tuple(13, true, List.of("sec.docker-socket")),
            tuple(14, true, List.of("doc.md")),
            tuple(15, true, List.of("sec.auth-coverag")),
            tuple(16, true, List.of()),
            tuple(20, false, List.of("sec.public-binding")),
            tuple(21, false, List.of("mon.alert-delivery")));
    assertThat(todo.getFirst().text())
        .isEqualTo("Put the admin routes behind Authelia (sec.auth-coverage)");
    assertThat(todo).allMatch(i -> i.phase().isEmpty());
    assertThat(evidence.all(TodoItem.class))
        .filteredOn(v -> v.data().file().equals(".docs/STATUS.md"))
        .extracting(v -> v.data().checks(), v -> v.location().display())
        .containsExactly(
            tuple(List.of("rel.memory-limit"), ".docs/STATUS.md:8"),
            tuple(List.of(), ".docs/STATUS.md:9"));
  }

  @Test
  void itemsOfAPhaseFolderBelongToThePhase() {
    Evidence evidence = collect(inventory(Optional.of(".docs")));

    assertThat(evidence.all(TodoItem.class))
        .filteredOn(v -> v.data().phase().isPresent())
        .extracting(v -> v.data().file(), v -> v.data().phase().orElseThrow(), v -> v.data().done())
        .containsExactly(
            tuple("phases/PHASE-2A/TODO.md", "2A", true),
            tuple("phases/PHASE-2A/TODO.md", "2A", true));
    assertThat(evidence.runs("todo"))
        .extracting(CollectorRun::target, CollectorRun::outcome)
        .contains(
            tuple("phases/PHASE-3A", CollectorRun.Outcome.OK),
            tuple(".docs", CollectorRun.Outcome.OK));
  }

  @Test
  void runbooksAndProceduresAreToldFromOtherDocuments() {
    Evidence evidence = collect(inventory(Optional.of(".docs")));

    assertThat(evidence.all(ProcedureDoc.class))
        .extracting(v -> v.data().file(), v -> v.data().disasterRecovery())
        .containsExactly(
            tuple(".docs/DISASTER_RECOVERY.md", true),
            tuple(".docs/RUNBOOK.md", false),
            tuple("phases/PHASE-2A/ROLLBACK_PROCEDURE.md", false));
  }

  @Test
  void aMissingDocsFolderIsAFailedRunNamingIt() {
    Evidence evidence = collect(inventory(Optional.of("documentation")));

    assertThat(evidence.run("todo", "documentation"))
        .hasValueSatisfying(
            run -> {
              assertThat(run.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
              assertThat(run.detail()).contains("no folder").contains("documentation");
            });
  }

  @Test
  void checkIdsAreNotFoundInsideWordsPathsOrHostNames() {
    assertThat(TaskLines.checkIds("see docs/sec.hsts.md and api.sec.hsts, xsec.hsts")).isEmpty();
    assertThat(TaskLines.checkIds("(sec.hsts, rel.oom) and [chg.drift](x)"))
        .containsExactly("sec.hsts", "rel.oom", "chg.drift");
  }
}
