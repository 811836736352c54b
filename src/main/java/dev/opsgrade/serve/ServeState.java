package dev.opsgrade.serve;

import dev.opsgrade.history.Availability;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.pipeline.AssessmentOutcome;
import dev.opsgrade.serve.notify.NotificationQueue;
import dev.opsgrade.slo.MaintenanceWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * What `opsgrade serve` knows now, for the dashboard, /metrics and the probes: the latest
 * assessment, each monitor's status, the SLOs, maintenance, recent notifications, whether the
 * daemon is ready, and a way to run an assessment now. Every method is safe from any thread.
 */
public final class ServeState {
  static final int DELIVERIES_KEPT = 100;

  /** Whether the daemon serves meaningful data, and if not what it waits for. */
  public record Readiness(boolean ready, List<String> waitingFor) {}

  /** The latest assessment, or why the latest attempt failed. */
  public record LatestAssessment(
      Optional<AssessmentOutcome> outcome, Instant at, Optional<String> error) {}

  private final Inventory inventory;
  private final HistoryStore history;
  private final StatusBoard board;
  private final Clock clock;
  private final Supplier<CompletableFuture<AssessmentOutcome>> assess;
  private final List<MaintenanceWindow> maintenance = new CopyOnWriteArrayList<>();
  private final Deque<NotificationQueue.Delivery> deliveries = new ArrayDeque<>();
  private volatile List<SloBoard.Report> slos = List.of();
  private volatile Optional<LatestAssessment> latest = Optional.empty();
  private volatile Optional<AssessmentOutcome> lastGood = Optional.empty();
  private volatile boolean probing;
  private volatile java.util.function.Supplier<Optional<String>> historyProblem = Optional::empty;

  ServeState(
      Inventory inventory,
      HistoryStore history,
      StatusBoard board,
      Clock clock,
      List<MaintenanceWindow> declared,
      Supplier<CompletableFuture<AssessmentOutcome>> assess) {
    this.inventory = inventory;
    this.history = history;
    this.board = board;
    this.clock = clock;
    this.assess = assess;
    this.maintenance.addAll(declared);
  }

  public Inventory inventory() {
    return inventory;
  }

  /** The history database the daemon writes (assessments, journal, probes). */
  public HistoryStore history() {
    return history;
  }

  /** The latest successful assessment. */
  public Optional<AssessmentOutcome> assessment() {
    return lastGood;
  }

  /** The latest attempt, successful or not. */
  public Optional<LatestAssessment> latestAttempt() {
    return latest;
  }

  /** Runs a full assessment now (or joins the one running) and records it in history. */
  public CompletableFuture<AssessmentOutcome> assessNow() {
    return assess.get();
  }

  public List<MonitorStatus> monitors() {
    return board.statuses(clock.instant());
  }

  public List<SloBoard.Report> slos() {
    return slos;
  }

  /** Availability of one monitor over {@code window} ending now, from the rollups. */
  public Availability availability(String monitor, Duration window) {
    return history.probes().availability(monitor, window, clock.instant());
  }

  /** Availability of every monitor over {@code window} ending now, read in one go. */
  public java.util.Map<String, Availability> availability(Duration window) {
    List<String> names = board.monitors().stream().map(Monitor::name).toList();
    return history.probes().availability(names, window, clock.instant());
  }

  /** Declared windows (inventory and run time) that have not ended. */
  public List<MaintenanceWindow> maintenance() {
    Instant now = clock.instant();
    return maintenance.stream().filter(w -> w.end().isAfter(now)).toList();
  }

  /** Every window, ended ones too: what availability and SLOs leave out. */
  List<MaintenanceWindow> allMaintenance() {
    return List.copyOf(maintenance);
  }

  /** Declares maintenance at run time; it is stored and survives a restart. */
  public void addMaintenance(MaintenanceWindow window) {
    history.probes().addMaintenance(window);
    maintenance.add(window);
  }

  public Readiness readiness() {
    List<String> waiting = new ArrayList<>();
    if (!probing) {
      waiting.add("probing has not started");
    }
    historyProblem.get().ifPresent(p -> waiting.add("history: " + p));
    if (lastGood.isEmpty()) {
      waiting.add(
          latest
              .flatMap(LatestAssessment::error)
              .map(e -> "the first assessment failed: " + e)
              .orElse("the first assessment has not finished"));
    }
    return new Readiness(waiting.isEmpty(), List.copyOf(waiting));
  }

  public boolean ready() {
    return readiness().ready();
  }

  /** The most recent notification deliveries, newest first. */
  public List<NotificationQueue.Delivery> deliveries() {
    synchronized (deliveries) {
      return List.copyOf(deliveries);
    }
  }

  void delivered(NotificationQueue.Delivery delivery) {
    synchronized (deliveries) {
      deliveries.addFirst(delivery);
      while (deliveries.size() > DELIVERIES_KEPT) {
        deliveries.removeLast();
      }
    }
  }

  void probing(boolean running) {
    this.probing = running;
  }

  void historyProblem(java.util.function.Supplier<Optional<String>> problem) {
    this.historyProblem = problem;
  }

  void slos(List<SloBoard.Report> reports) {
    this.slos = List.copyOf(reports);
  }

  void assessed(AssessmentOutcome outcome, Instant at) {
    lastGood = Optional.of(outcome);
    latest = Optional.of(new LatestAssessment(Optional.of(outcome), at, Optional.empty()));
  }

  void assessmentFailed(String error, Instant at) {
    latest = Optional.of(new LatestAssessment(Optional.empty(), at, Optional.of(error)));
  }
}
