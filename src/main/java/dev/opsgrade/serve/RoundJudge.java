package dev.opsgrade.serve;

import dev.opsgrade.history.ProbeSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Holds each round of probes (one interval, UTC-aligned) until every probe of it has ended, then
 * judges it: when at least two monitors were probed and every probe failed the same way with an
 * error of opsgrade's own network (unreachable network, no name resolution, broken connections),
 * the round says nothing about the targets: its samples are marked unknown, not downtime. Any other
 * round passes as it is. Costs one interval of delay before samples are written.
 */
public final class RoundJudge {
  private final long intervalMillis;
  private final long settleMillis;
  private final TreeMap<Long, List<Probed>> rounds = new TreeMap<>();

  /** {@code deadline}: how long a probe started in a round may still run after it ends. */
  public RoundJudge(Duration interval, Duration deadline) {
    this.intervalMillis = interval.toMillis();
    this.settleMillis = deadline.toMillis() + 1000;
  }

  public synchronized void add(Probed probed) {
    long round = Math.floorDiv(probed.at().toEpochMilli(), intervalMillis);
    rounds.computeIfAbsent(round, r -> new ArrayList<>()).add(probed);
  }

  /** The samples of every round whose probes have all ended by {@code now}, judged. */
  public synchronized List<ProbeSample> settled(Instant now) {
    List<ProbeSample> out = new ArrayList<>();
    long open = Math.floorDiv(now.toEpochMilli() - settleMillis, intervalMillis);
    Map<Long, List<Probed>> done = rounds.headMap(open);
    done.values().forEach(round -> out.addAll(judge(round)));
    done.clear();
    return out;
  }

  /** Everything held, judged as it stands: at shutdown. */
  public synchronized List<ProbeSample> all() {
    List<ProbeSample> out = new ArrayList<>();
    rounds.values().forEach(round -> out.addAll(judge(round)));
    rounds.clear();
    return out;
  }

  static List<ProbeSample> judge(List<Probed> round) {
    boolean blind = blind(round);
    return round.stream().map(p -> blind ? p.sample().asUnknown() : p.sample()).toList();
  }

  static boolean blind(List<Probed> round) {
    Set<String> monitors = new HashSet<>();
    Set<String> failures = new HashSet<>();
    for (Probed probed : round) {
      if (!probed.result().localNetworkFailure()) {
        return false;
      }
      monitors.add(probed.monitor().name());
      failures.add(probed.result().failure());
    }
    return monitors.size() >= 2 && failures.size() == 1;
  }
}
