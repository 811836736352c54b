package dev.opsgrade.collect;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.inventory.Inventory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs every configured collector concurrently, each with a deadline, and assembles the evidence
 * bundle. A collector past its deadline is recorded as TIMED_OUT and its late facts are dropped.
 */
public final class CollectionRunner {
  private final List<Collector> collectors;
  private final Consumer<ProgressEvent> progress;
  private final Duration deadline;

  public record ProgressEvent(String collector, boolean finished, Duration took, String outcome) {}

  public CollectionRunner(
      List<Collector> collectors, Consumer<ProgressEvent> progress, Duration deadline) {
    this.collectors = List.copyOf(collectors);
    this.progress = progress;
    this.deadline = deadline;
  }

  public EvidenceBundle collect(Inventory inventory, CollectContext context, String version) {
    List<Fact> facts = new ArrayList<>();
    List<CollectorRun> runs = new ArrayList<>();
    Map<Collector, Future<CollectContext>> running = new LinkedHashMap<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Collector collector : collectors) {
        if (!collector.configured(inventory)) {
          runs.add(
              new CollectorRun(
                  collector.name(),
                  inventory.name(),
                  CollectorRun.Outcome.NOT_CONFIGURED,
                  "not configured in the inventory"));
          continue;
        }
        CollectContext own = context.withBudget(deadline).forkFor();
        running.put(collector, pool.submit(() -> runOne(collector, inventory, own)));
      }
      long end = System.nanoTime() + deadline.toNanos();
      for (Map.Entry<Collector, Future<CollectContext>> entry : running.entrySet()) {
        gather(entry.getKey(), entry.getValue(), end, deadline, facts, runs, inventory);
      }
      pool.shutdownNow();
    }
    facts.sort(Comparator.comparing(Fact::id));
    dedupeIds(facts);
    runs.sort(
        Comparator.comparing(CollectorRun::collector)
            .thenComparing(CollectorRun::target)
            .thenComparing(CollectorRun::detail));
    return new EvidenceBundle(
        EvidenceBundle.FORMAT_VERSION, version, context.now(), inventory, runs, facts);
  }

  /** Set by the test suite: a collector's bug then fails the test instead of being evidence. */
  static final String STRICT_PROPERTY = "opsgrade.strict-collectors";

  private CollectContext runOne(Collector collector, Inventory inventory, CollectContext own) {
    long start = System.nanoTime();
    progress.accept(new ProgressEvent(collector.name(), false, Duration.ZERO, "running"));
    collector.collect(inventory, own);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    progress.accept(new ProgressEvent(collector.name(), true, took, summary(own)));
    return own;
  }

  private void gather(
      Collector collector,
      Future<CollectContext> future,
      long end,
      Duration deadline,
      List<Fact> facts,
      List<CollectorRun> runs,
      Inventory inventory) {
    try {
      long left = Math.max(0, end - System.nanoTime());
      CollectContext done = future.get(left, TimeUnit.NANOSECONDS);
      facts.addAll(done.facts());
      runs.addAll(done.runs());
    } catch (TimeoutException e) {
      future.cancel(true);
      runs.add(
          new CollectorRun(
              collector.name(),
              inventory.name(),
              CollectorRun.Outcome.TIMED_OUT,
              "no result within " + deadline.toSeconds() + " s"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while collecting", e);
    } catch (ExecutionException e) {
      if (Boolean.getBoolean(STRICT_PROPERTY)) {
        throw new IllegalStateException(
            "collector " + collector.name() + " failed with a programming error", e.getCause());
      }
      // A bug in one collector must not cost the user the whole assessment: its checks become
      // UNVERIFIED with this reason, and the other systems are still graded.
      Throwable cause = e.getCause();
      runs.add(
          new CollectorRun(
              collector.name(),
              inventory.name(),
              CollectorRun.Outcome.FAILED,
              "internal error in opsgrade's "
                  + collector.name()
                  + " collector ("
                  + cause.getClass().getSimpleName()
                  + "); please report it"));
    }
  }

  private static String summary(CollectContext done) {
    long failed = done.runs().stream().filter(r -> !r.succeeded()).count();
    return done.facts().size() + " facts" + (failed > 0 ? ", " + failed + " targets failed" : "");
  }

  /** Two facts with one id (same kind and subject) get #2, #3 so evidence ids stay unique. */
  private static void dedupeIds(List<Fact> facts) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < facts.size(); i++) {
      Fact fact = facts.get(i);
      int count = seen.merge(fact.id(), 1, Integer::sum);
      if (count > 1) {
        facts.set(
            i,
            new Fact(
                fact.id() + "#" + count,
                fact.kind(),
                fact.subject(),
                fact.provenance(),
                fact.data()));
      }
    }
  }
}
