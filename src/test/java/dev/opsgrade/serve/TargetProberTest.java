package dev.opsgrade.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.http.LiveTargets;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.testing.ProxyEstate;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The routes serve probes are those the HTTP collector finds behind a real proxy (nginx with TLS
 * from a test CA, dnsmasq for the names), each probed once with the collector's own exchange.
 */
class TargetProberTest {
  @TempDir Path dir;

  @Test
  void everyRouteBecomesAMonitorAndIsJudgedByItsRealAnswer() throws Exception {
    try (ProxyEstate estate = ProxyEstate.start(dir)) {
      Inventory inventory = estate.inventory().build();
      CollectContext context =
          new CollectContext(
              dir,
              Clock.systemUTC(),
              inventory.probe().timeout(),
              Map.of(),
              CollectContext.Options.readOnly());
      TargetProber prober = new TargetProber(LiveTargets.discover(inventory, context));
      Map<String, Monitor> monitors =
          prober.monitors().stream().collect(Collectors.toMap(Monitor::name, m -> m));
      assertThat(monitors).containsKeys("healthy@file", "stopped@file", "protected@file");
      assertThat(monitors.get("healthy@file").group()).isEqualTo("healthy." + ProxyEstate.DOMAIN);

      Duration deadline = Duration.ofSeconds(8);
      ProbeResult healthy = prober.probe(monitors.get("healthy@file"), deadline);
      assertThat(healthy.ok()).isTrue();
      assertThat(healthy.statusClass()).isEqualTo(2);
      ProbeResult stopped = prober.probe(monitors.get("stopped@file"), deadline);
      assertThat(stopped.ok()).isFalse();
      assertThat(stopped.failure()).isEqualTo("bad_gateway");
      assertThat(stopped.statusClass()).isEqualTo(5);
      assertThat(prober.probe(monitors.get("protected@file"), deadline).ok())
          .as("an auth gate in front is up")
          .isTrue();
      assertThat(prober.probe(monitors.get("broken@file"), deadline).failure())
          .isEqualTo("app_error");
      assertThat(prober.probe(monitors.get("missing@file"), deadline).ok())
          .as("dialled at the proxy as the collector dials it, whatever public DNS says")
          .isTrue();
      assertThat(List.copyOf(monitors.keySet())).doesNotHaveDuplicates();
    }
  }
}
