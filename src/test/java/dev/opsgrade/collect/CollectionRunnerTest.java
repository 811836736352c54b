package dev.opsgrade.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.EvidenceBundle;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.testing.TestInventory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectionRunnerTest {
  private static final String PLANTED = "s3cr3t-in-the-exception";

  /** A collector with a bug: it throws instead of recording why it could not collect. */
  private static final class BrokenCollector implements Collector {
    @Override
    public String name() {
      return "broken";
    }

    @Override
    public boolean configured(Inventory inventory) {
      return true;
    }

    @Override
    public void collect(Inventory inventory, CollectContext context) {
      throw new IllegalArgumentException("bug, with " + PLANTED);
    }
  }

  @Test
  void aCollectorsBugBecomesAFailedRunAndTheOthersStillCount() {
    String before = System.getProperty(CollectionRunner.STRICT_PROPERTY);
    System.setProperty(CollectionRunner.STRICT_PROPERTY, "false");
    try {
      EvidenceBundle bundle = collect();
      assertThat(bundle.collectors())
          .filteredOn(run -> run.collector().equals("broken"))
          .singleElement()
          .satisfies(
              run -> {
                assertThat(run.outcome()).isEqualTo(CollectorRun.Outcome.FAILED);
                assertThat(run.detail())
                    .contains("internal error", "broken", "IllegalArgumentException")
                    .doesNotContain(PLANTED);
              });
    } finally {
      restore(before);
    }
  }

  @Test
  void underTheTestSuiteACollectorsBugFailsLoudly() {
    String before = System.getProperty(CollectionRunner.STRICT_PROPERTY);
    System.setProperty(CollectionRunner.STRICT_PROPERTY, "true");
    try {
      assertThatThrownBy(CollectionRunnerTest::collect)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("broken");
    } finally {
      restore(before);
    }
  }

  private static EvidenceBundle collect() {
    Inventory inventory = new TestInventory().build();
    CollectContext context =
        new CollectContext(
            Path.of("."),
            Clock.systemUTC(),
            Duration.ofSeconds(5),
            Map.of(),
            CollectContext.Options.readOnly());
    return new CollectionRunner(List.of(new BrokenCollector()), event -> {}, Duration.ofSeconds(30))
        .collect(inventory, context, "test");
  }

  private static void restore(String before) {
    if (before == null) {
      System.clearProperty(CollectionRunner.STRICT_PROPERTY);
    } else {
      System.setProperty(CollectionRunner.STRICT_PROPERTY, before);
    }
  }
}
