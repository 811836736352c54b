package dev.opsgrade.collect.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.testing.Collect;
import dev.opsgrade.testing.HostileServers;
import dev.opsgrade.testing.TestInventory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile server's probe ends within its timeout, with the class that names the misbehaviour.
 */
class HostileServersTest {
  static final Duration TIMEOUT = Duration.ofSeconds(2);
  @TempDir Path dir;

  @Test
  void hangingTricklingHugeAndLoopingServersEndInTimeWithTheRightClass() {
    try (HostileServers hostile = new HostileServers()) {
      TestInventory inventory =
          new TestInventory()
              .endpoint("silent", "http://127.0.0.1:" + hostile.silent() + "/", "none")
              .endpoint("trickle", "http://127.0.0.1:" + hostile.trickle() + "/", "none")
              .endpoint("huge", "http://127.0.0.1:" + hostile.huge() + "/", "none")
              .endpoint("loop", "http://127.0.0.1:" + hostile.loop() + "/a", "none")
              .endpoint("closed", "http://127.0.0.1:9/", "none")
              .probe(3, TIMEOUT);
      Evidence evidence = Collect.run(inventory.build(), dir, Map.of(), new HttpCollector());

      assertThat(probe(evidence, "silent").outcome()).isEqualTo(ProbeClass.TIMEOUT);
      assertThat(probe(evidence, "trickle").outcome()).isEqualTo(ProbeClass.TIMEOUT);
      assertThat(probe(evidence, "huge").outcome()).isEqualTo(ProbeClass.TOO_LARGE);
      assertThat(probe(evidence, "huge").detail())
          .contains("200 whose body ran past 1048576 bytes");
      assertThat(probe(evidence, "loop").outcome()).isEqualTo(ProbeClass.REDIRECT_LOOP);
      assertThat(probe(evidence, "loop").detail()).contains("/a -> ", "/b");
      assertThat(probe(evidence, "closed").outcome()).isEqualTo(ProbeClass.REFUSED);
      for (FactView<HttpProbe> view : evidence.all(HttpProbe.class)) {
        assertThat(view.data().samples())
            .allSatisfy(
                s ->
                    assertThat(s.millis())
                        .as(view.data().url())
                        .isLessThanOrEqualTo(TIMEOUT.toMillis() + 1500));
      }
      assertThat(probe(evidence, "silent").samples())
          .as("a timed-out probe is not repeated")
          .hasSize(1);
    }
  }

  private static HttpProbe probe(Evidence evidence, String endpoint) {
    return evidence.all(HttpProbe.class).stream()
        .map(FactView::data)
        .filter(p -> p.endpoint().orElse("").equals(endpoint))
        .findFirst()
        .orElseThrow();
  }
}
