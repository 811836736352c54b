package dev.opsgrade.collect;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Fact;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Provenance;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a collector reads its settings from and writes its facts to. Thread-safe: collectors run
 * concurrently.
 */
public final class CollectContext {
  public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(2);
  private final Path baseDir;
  private final Clock clock;
  private final Duration timeout;
  private final Map<String, String> environment;
  private final Options options;
  private final Duration budget;
  private final List<Fact> facts = new ArrayList<>();
  private final List<CollectorRun> runs = new ArrayList<>();

  /** Flags the user typed that allow opsgrade to act (never on by default). */
  public record Options(boolean testAlert, Optional<String> createSnapshotHost) {
    public static Options readOnly() {
      return new Options(false, Optional.empty());
    }
  }

  public CollectContext(
      Path baseDir,
      Clock clock,
      Duration timeout,
      Map<String, String> environment,
      Options options) {
    this(baseDir, clock, timeout, environment, options, DEFAULT_BUDGET);
  }

  private CollectContext(
      Path baseDir,
      Clock clock,
      Duration timeout,
      Map<String, String> environment,
      Options options,
      Duration budget) {
    this.baseDir = baseDir;
    this.clock = clock;
    this.timeout = timeout;
    this.environment = Map.copyOf(environment);
    this.options = options;
    this.budget = budget;
  }

  /** The same context with a different budget for a whole collector (see {@link #budget()}). */
  public CollectContext withBudget(Duration newBudget) {
    return new CollectContext(baseDir, clock, timeout, environment, options, newBudget);
  }

  public Path baseDir() {
    return baseDir;
  }

  public Path resolve(String path) {
    return baseDir.resolve(path).normalize();
  }

  /** A path relative to the inventory's folder, as reports show it. */
  public String relative(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = baseDir.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }

  public Clock clock() {
    return clock;
  }

  public Instant now() {
    return clock.instant();
  }

  /** The timeout of one request to a remote system (probe.timeout). */
  public Duration timeout() {
    return timeout;
  }

  /**
   * How long one whole collector may take (a history scan, a repository check): past it the runner
   * records TIMED_OUT, so long work should stop a little before and record what it covered.
   */
  public Duration budget() {
    return budget;
  }

  public Map<String, String> environment() {
    return environment;
  }

  public Options options() {
    return options;
  }

  /** Adds a fact; the record's class must carry {@link dev.opsgrade.model.FactKind}. */
  public void fact(String subject, Location location, Object data) {
    fact(subject, Provenance.of(sourceOf(data), location, now()), data);
  }

  public void fact(String subject, Provenance provenance, Object data) {
    String kind = dev.opsgrade.model.Evidence.kindOf(data.getClass());
    synchronized (facts) {
      facts.add(new Fact(kind + ":" + subject, kind, subject, provenance, Json.toTree(data)));
    }
  }

  public void run(String collector, String target, CollectorRun.Outcome outcome, String detail) {
    synchronized (runs) {
      runs.add(new CollectorRun(collector, target, outcome, detail));
    }
  }

  /** A fresh context with the same settings, for one collector's own facts. */
  CollectContext forkFor() {
    return new CollectContext(baseDir, clock, timeout, environment, options, budget);
  }

  List<Fact> facts() {
    synchronized (facts) {
      return List.copyOf(facts);
    }
  }

  List<CollectorRun> runs() {
    synchronized (runs) {
      return List.copyOf(runs);
    }
  }

  private static String sourceOf(Object data) {
    String kind = dev.opsgrade.model.Evidence.kindOf(data.getClass());
    int dot = kind.indexOf('.');
    return dot < 0 ? kind : kind.substring(0, dot);
  }
}
