package dev.opsgrade.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.history.ProbeSample;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundJudgeTest {
  private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
  private static final Duration INTERVAL = Duration.ofSeconds(30);

  private static Probed probed(String name, int second, ProbeResult result) {
    return new Probed(
        new Monitor(name, URI.create("http://127.0.0.1/" + name), List.of(200)),
        T0.plusSeconds(second),
        result);
  }

  private static ProbeResult failed(String kind) {
    return ProbeResult.noAnswer(Duration.ofMillis(3), kind, kind + " detail");
  }

  @Test
  void aRoundWhereEveryTargetFailedWithTheSameLocalErrorIsUnknown() {
    RoundJudge judge = new RoundJudge(INTERVAL, Duration.ofSeconds(24));
    judge.add(probed("a", 1, failed("network_unreachable")));
    judge.add(probed("b", 7, failed("network_unreachable")));
    judge.add(probed("c", 29, failed("network_unreachable")));
    judge.add(probed("a", 31, failed("network_unreachable"))); // the next round, still open

    assertThat(judge.settled(T0.plusSeconds(40))).as("probes may still be running").isEmpty();
    List<ProbeSample> settled = judge.settled(T0.plusSeconds(56));
    assertThat(settled).hasSize(3).allMatch(ProbeSample::unknown).noneMatch(ProbeSample::ok);
    assertThat(judge.all()).hasSize(1);
  }

  @Test
  void anyDifferenceMakesTheRoundCount() {
    assertThat(
            RoundJudge.blind(
                List.of(
                    probed("a", 1, failed("network_unreachable")),
                    probed("b", 2, ProbeResult.up(2, Duration.ofMillis(4))))))
        .as("one target answered")
        .isFalse();
    assertThat(
            RoundJudge.blind(
                List.of(
                    probed("a", 1, failed("network_unreachable")),
                    probed("b", 2, failed("dns_failure")))))
        .as("failed differently")
        .isFalse();
    assertThat(
            RoundJudge.blind(
                List.of(probed("a", 1, failed("timeout")), probed("b", 2, failed("timeout")))))
        .as("timeouts are the targets' own")
        .isFalse();
    assertThat(
            RoundJudge.blind(
                List.of(
                    probed("a", 1, failed("network_unreachable")),
                    probed("a", 2, failed("network_unreachable")))))
        .as("a single target cannot tell its own outage from ours")
        .isFalse();
    assertThat(
            RoundJudge.judge(
                List.of(
                    probed("a", 1, failed("timeout")),
                    probed("b", 2, ProbeResult.up(2, Duration.ofMillis(4))))))
        .noneMatch(ProbeSample::unknown);
  }
}
