package dev.opsgrade.serve;

import dev.opsgrade.history.ProbeStore;
import dev.opsgrade.history.Resolution;
import dev.opsgrade.history.Rollup;
import dev.opsgrade.slo.Bucket;
import dev.opsgrade.slo.BurnAlert;
import dev.opsgrade.slo.MaintenanceWindow;
import dev.opsgrade.slo.Objective;
import dev.opsgrade.slo.SloMath;
import dev.opsgrade.slo.SloStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SLOs of the estate: one per monitor and one per group of two or more monitors, all with the
 * inventory's objective. Buckets come from the rollups: hours for the objective's window, minutes
 * for the last {@link #MINUTES} (the burn-rate windows), never both for the same time.
 */
public final class SloBoard {
  /** Minute rollups cover the longest burn window (6 h), plus the hour in progress. */
  static final Duration MINUTES = Duration.ofHours(7);

  /** One objective: its name, the monitors it counts and where it stands. */
  public record Report(String name, boolean group, List<String> monitors, SloStatus status) {}

  private final ProbeStore store;
  private final Objective objective;
  private final Map<String, List<Monitor>> slos = new LinkedHashMap<>();

  public SloBoard(ProbeStore store, Objective objective, List<Monitor> monitors) {
    this.store = store;
    this.objective = objective;
    for (Monitor monitor : monitors) {
      slos.put(monitor.name(), List.of(monitor));
    }
    Map<String, List<Monitor>> groups = new TreeMap<>();
    monitors.forEach(m -> groups.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m));
    groups.forEach(
        (group, members) -> {
          if (members.size() >= 2 && !slos.containsKey(group)) {
            slos.put(group, List.copyOf(members));
          }
        });
  }

  /** Every SLO as it stands at {@code now}, maintenance of its monitors left out. */
  public List<Report> evaluate(Instant now, List<MaintenanceWindow> maintenance) {
    Map<String, List<MaintenanceWindow>> own = new LinkedHashMap<>();
    List<String> plain = new ArrayList<>();
    for (List<Monitor> members : slos.values()) {
      for (Monitor monitor : members) {
        if (own.containsKey(monitor.name())) {
          continue;
        }
        List<MaintenanceWindow> applying =
            maintenance.stream()
                .filter(w -> w.appliesTo(monitor.name(), monitor.group()))
                .filter(w -> w.end().isAfter(now.minus(objective.window())))
                .toList();
        own.put(monitor.name(), applying);
        if (applying.isEmpty()) {
          plain.add(monitor.name());
        }
      }
    }
    Map<String, List<Bucket>> byMonitor = segments(plain, now);
    List<Report> reports = new ArrayList<>();
    for (Map.Entry<String, List<Monitor>> slo : slos.entrySet()) {
      List<Bucket> buckets = new ArrayList<>();
      List<MaintenanceWindow> applying = new ArrayList<>();
      for (Monitor monitor : slo.getValue()) {
        buckets.addAll(byMonitor.computeIfAbsent(monitor.name(), name -> buckets(name, now)));
        own.get(monitor.name()).stream().filter(w -> !applying.contains(w)).forEach(applying::add);
      }
      boolean group =
          slo.getValue().size() > 1 || !slo.getKey().equals(slo.getValue().getFirst().name());
      reports.add(
          new Report(
              slo.getKey(),
              group,
              slo.getValue().stream().map(Monitor::name).toList(),
              SloMath.evaluate(objective, buckets, applying, now)));
    }
    return List.copyOf(reports);
  }

  /**
   * Without maintenance to cut out, a monitor needs only one bucket per stretch between the edges
   * of the alert windows, each summed by the database: the window's hours before the longest burn
   * window, then minutes. Every edge is rounded up to a whole minute, so each stretch starts inside
   * the windows it counts for (a window then covers up to a minute less).
   */
  private Map<String, List<Bucket>> segments(List<String> monitors, Instant now) {
    List<ProbeStore.Span> spans = spans(now);
    Map<String, List<Bucket>> buckets = new LinkedHashMap<>();
    if (monitors.isEmpty()) {
      return buckets;
    }
    store
        .totals(monitors, spans)
        .forEach(
            (monitor, sums) -> {
              List<Bucket> list = new ArrayList<>();
              for (int i = 0; i < spans.size(); i++) {
                ProbeStore.Span span = spans.get(i);
                list.add(
                    new Bucket(
                        span.from(),
                        Duration.between(span.from(), span.to()),
                        sums.get(i).probes(),
                        sums.get(i).failures()));
              }
              buckets.put(monitor, list);
            });
    return buckets;
  }

  private List<ProbeStore.Span> spans(Instant now) {
    List<Instant> edges = new ArrayList<>();
    for (BurnAlert alert : BurnAlert.values()) {
      edges.add(minuteCeiling(now.minus(alert.longWindow())));
      edges.add(minuteCeiling(now.minus(alert.shortWindow())));
    }
    edges.sort(null);
    Instant hoursFrom = Resolution.HOUR.bucketOf(now.minus(objective.window()));
    if (hoursFrom.isBefore(now.minus(objective.window()))) {
      hoursFrom = hoursFrom.plus(Resolution.HOUR.length());
    }
    Instant hoursTo = Resolution.HOUR.bucketOf(edges.getFirst());
    List<ProbeStore.Span> spans = new ArrayList<>();
    if (hoursFrom.isBefore(hoursTo)) {
      spans.add(new ProbeStore.Span(Resolution.HOUR, hoursFrom, hoursTo));
    }
    List<Instant> minuteEdges = new ArrayList<>(List.of(hoursTo));
    edges.stream().distinct().filter(e -> e.isAfter(hoursTo)).forEach(minuteEdges::add);
    minuteEdges.add(now.plus(Resolution.MINUTE.length()));
    for (int i = 0; i + 1 < minuteEdges.size(); i++) {
      spans.add(new ProbeStore.Span(Resolution.MINUTE, minuteEdges.get(i), minuteEdges.get(i + 1)));
    }
    return spans;
  }

  private static Instant minuteCeiling(Instant at) {
    Instant floor = Resolution.MINUTE.bucketOf(at);
    return floor.equals(at) ? at : floor.plus(Resolution.MINUTE.length());
  }

  /** Every rollup bucket, for cutting maintenance out precisely. */
  private List<Bucket> buckets(String monitor, Instant now) {
    Instant minutesFrom = Resolution.HOUR.bucketOf(now.minus(MINUTES));
    Instant from = Resolution.HOUR.bucketOf(now.minus(objective.window()));
    return buckets(monitor, from, now, minutesFrom);
  }

  private List<Bucket> buckets(String monitor, Instant from, Instant now, Instant minutesFrom) {
    List<Bucket> buckets = new ArrayList<>();
    for (Rollup rollup : store.rollups(monitor, from, now, minutesFrom)) {
      buckets.add(
          new Bucket(
              rollup.bucket(), rollup.resolution().length(), rollup.probes(), rollup.failures()));
    }
    return buckets;
  }
}
