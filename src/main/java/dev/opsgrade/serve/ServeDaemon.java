package dev.opsgrade.serve;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.http.LiveTargets;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.ProbeStore;
import dev.opsgrade.history.Retention;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ServeSpec;
import dev.opsgrade.pipeline.AssessmentOutcome;
import dev.opsgrade.pipeline.AssessmentRequest;
import dev.opsgrade.pipeline.AssessmentRun;
import dev.opsgrade.pipeline.Inputs;
import dev.opsgrade.report.ReportFormat;
import dev.opsgrade.serve.notify.AlertmanagerNotifier;
import dev.opsgrade.serve.notify.NotificationQueue;
import dev.opsgrade.slo.MaintenanceWindow;
import dev.opsgrade.slo.Objective;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * `opsgrade serve` without its web half: probes every route and endpoint on its schedule, records
 * the results, keeps SLOs, tells down and up through the notification channels, and re-runs the
 * full assessment every serve.assess_every and on demand. {@link #state()} is what a dashboard
 * reads. {@link #close()} stops probing, writes what is in flight and closes the database.
 */
public final class ServeDaemon implements AutoCloseable {
  static final Duration SLO_EVERY = Duration.ofMinutes(1);
  static final Duration PRUNE_EVERY = Duration.ofHours(1);
  static final Duration FLUSH_EVERY = Duration.ofSeconds(1);

  private final Inventory inventory;
  private final Path target;
  private final Map<String, String> environment;
  private final Clock clock;
  private final String version;
  private final PrintStream log;
  private final ServeSpec spec;
  private HistoryStore history;
  private NotificationQueue notifications;
  private ProbeRecorder recorder;
  private volatile ProbeScheduler scheduler;
  private StatusBoard board;
  private volatile SloBoard slos;
  private TargetProber prober;
  private CollectContext context;
  private ServeState state;
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("opsgrade-serve-timer").daemon().factory());
  private final ExecutorService assessments =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("opsgrade-assess").daemon().factory());
  private CompletableFuture<AssessmentOutcome> running;
  private final Set<String> burning = new HashSet<>();

  /** {@code target}: the inventory file or folder the assessments read again each time. */
  public ServeDaemon(
      Inventory inventory,
      Path target,
      Map<String, String> environment,
      Clock clock,
      String version,
      PrintStream log) {
    this.inventory = inventory;
    this.target = target;
    this.environment = Map.copyOf(environment);
    this.clock = clock;
    this.version = version;
    this.log = log;
    this.spec = inventory.serve().orElse(dev.opsgrade.config.InventoryDefaults.SERVE);
  }

  /** Opens the history, finds the targets and starts probing and the timers. */
  public ServeState start() throws AssessmentRun.InputException {
    Path baseDir = Path.of(inventory.baseDir());
    List<dev.opsgrade.serve.notify.Notifier> notifiers =
        Notifiers.of(inventory, baseDir, environment);
    context =
        new CollectContext(
            baseDir,
            clock,
            inventory.probe().timeout(),
            environment,
            CollectContext.Options.readOnly());
    List<LiveTargets.Target> targets;
    try {
      targets = LiveTargets.discover(inventory, context);
    } catch (IOException | IllegalArgumentException e) {
      throw new AssessmentRun.InputException("serve: cannot set up probing: " + e.getMessage());
    }
    history = Inputs.history(inventory, baseDir, environment);
    ProbeStore probes = history.probes();
    prober = new TargetProber(targets);
    List<Monitor> monitors = prober.monitors();
    Duration interval = spec.probeInterval();
    List<MaintenanceWindow> declared = new ArrayList<>();
    spec.maintenance()
        .forEach(
            m ->
                declared.add(
                    new MaintenanceWindow(m.start(), m.end(), m.reason(), Set.copyOf(m.scope()))));
    declared.addAll(probes.maintenance(Instant.EPOCH));
    ServeState[] holder = new ServeState[1];
    notifications =
        new NotificationQueue(
            notifiers,
            spec.message(),
            Duration.ofSeconds(2),
            delivery -> {
              if (!delivery.delivered()) {
                log.println(
                    "opsgrade serve: notification to "
                        + delivery.channel()
                        + " failed: "
                        + delivery.error());
              }
              if (holder[0] != null) {
                holder[0].delivered(delivery);
              }
            });
    board =
        new StatusBoard(
            monitors,
            spec.alertAfter(),
            spec.recoverAfter(),
            notifications,
            () -> holder[0] == null ? declared : holder[0].allMaintenance());
    state = new ServeState(inventory, history, board, clock, declared, this::assessNow);
    holder[0] = state;
    slos =
        new SloBoard(
            probes,
            Objective.ofPercent(inventory.slo().target(), inventory.slo().window()),
            monitors);
    recorder =
        new ProbeRecorder(
            probes,
            clock,
            FLUSH_EVERY,
            new RoundJudge(interval, ProbeScheduler.deadlineFor(interval)));
    state.historyProblem(recorder::lastError);
    scheduler =
        new ProbeScheduler(
            prober,
            probed -> {
              board.accept(probed);
              recorder.accept(probed);
            },
            clock,
            interval);
    scheduler.start(monitors);
    state.probing(true);
    log.printf(
        "opsgrade serve: probing %d routes and endpoints every %d s (deadline %d ms); history: %s%n",
        monitors.size(),
        interval.toSeconds(),
        scheduler.deadline().toMillis(),
        history.dialect().name().toLowerCase(java.util.Locale.ROOT));
    Retention retention = Retention.withRaw(spec.rawRetention());
    every(SLO_EVERY, SLO_EVERY, this::evaluateSlos);
    every(Duration.ZERO, PRUNE_EVERY, () -> probes.prune(clock.instant(), retention));
    Duration resend = AlertmanagerNotifier.resendEvery();
    every(resend, resend, () -> board.repeatFiring(clock.instant()));
    every(Duration.ZERO, spec.assessEvery(), this::assessNow);
    return state;
  }

  public ServeState state() {
    return state;
  }

  private void every(Duration first, Duration period, Runnable task) {
    timers.scheduleAtFixedRate(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            log.println("opsgrade serve: " + e.getMessage());
          }
        },
        first.toMillis(),
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Starts an assessment unless one is running, whose result is then returned instead. */
  synchronized CompletableFuture<AssessmentOutcome> assessNow() {
    if (running != null && !running.isDone()) {
      return running;
    }
    running = CompletableFuture.supplyAsync(this::assessOnce, assessments);
    return running;
  }

  private AssessmentOutcome assessOnce() {
    Instant started = clock.instant();
    try {
      AssessmentOutcome outcome =
          new AssessmentRun(environment, clock, event -> {}, version)
              .run(
                  new AssessmentRequest(
                      target,
                      Optional.empty(),
                      EnumSet.of(ReportFormat.MD, ReportFormat.JSON),
                      Optional.empty(),
                      true,
                      true,
                      CollectContext.Options.readOnly(),
                      CollectContext.DEFAULT_BUDGET));
      state.assessed(outcome, started);
      rediscover();
      log.printf(
          "opsgrade serve: assessed: %s %.1f%n",
          outcome.assessment().grade().letter(), outcome.assessment().grade().score());
      return outcome;
    } catch (AssessmentRun.InputException | RuntimeException e) {
      state.assessmentFailed(String.valueOf(e.getMessage()), started);
      log.println("opsgrade serve: assessment failed: " + e.getMessage());
      throw new java.util.concurrent.CompletionException(e);
    }
  }

  /** Evaluates the SLOs now instead of at the next minute (tests, and the dashboard's refresh). */
  public void evaluateSlosNow() {
    timers.submit(this::evaluateSlos);
    try {
      timers.submit(() -> {}).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Finds the routes and endpoints again (after each assessment: routes come and go with the
   * proxy's configuration) and probes the new set; monitors still there keep their state.
   */
  private void rediscover() {
    ProbeScheduler running = scheduler;
    if (running == null) {
      return; // closing
    }
    List<LiveTargets.Target> targets;
    try {
      targets = LiveTargets.discover(inventory, context);
    } catch (IOException | IllegalArgumentException e) {
      log.println(
          "opsgrade serve: cannot look for new routes, probing the known ones: " + e.getMessage());
      return;
    }
    TargetProber found = new TargetProber(targets);
    List<Monitor> monitors = found.monitors();
    List<Monitor> before = running.monitors();
    if (new HashSet<>(monitors).equals(new HashSet<>(before))) {
      return;
    }
    prober.update(targets);
    board.update(monitors);
    slos = new SloBoard(history.probes(), objective(), monitors);
    running.update(monitors);
    long added = monitors.stream().filter(m -> !before.contains(m)).count();
    long removed = before.stream().filter(m -> !monitors.contains(m)).count();
    log.printf(
        "opsgrade serve: routes and endpoints changed: %d added, %d removed, %d probed%n",
        added, removed, monitors.size());
  }

  private Objective objective() {
    return Objective.ofPercent(inventory.slo().target(), inventory.slo().window());
  }

  private void evaluateSlos() {
    Instant now = clock.instant();
    List<SloBoard.Report> reports = slos.evaluate(now, state.allMaintenance());
    state.slos(reports);
    SloAlerts.tell(reports, burning, notifications, now);
  }

  /**
   * Stops scheduling, abandons probes in flight, writes what was handed over, gives notifications a
   * few seconds to go out, and closes the database. Safe to call twice.
   */
  @Override
  public synchronized void close() throws InterruptedException {
    if (scheduler == null) {
      return;
    }
    state.probing(false);
    scheduler.close();
    timers.shutdown(); // a task in progress (SLOs, pruning) finishes before the database closes
    if (!timers.awaitTermination(10, TimeUnit.SECONDS)) {
      timers.shutdownNow();
    }
    assessments.shutdown();
    if (!assessments.awaitTermination(10, TimeUnit.SECONDS)) {
      assessments.shutdownNow();
    }
    recorder.close();
    notifications.close(Duration.ofSeconds(5));
    history.close();
    scheduler = null;
    log.println("opsgrade serve: stopped; history closed");
  }
}
