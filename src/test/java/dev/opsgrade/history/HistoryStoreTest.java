package dev.opsgrade.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsgrade.model.Category;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Json;
import dev.opsgrade.model.Status;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.CategoryScore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The same behaviour from SQLite and from a real PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
@ExtendWith(TestDatabases.class)
class HistoryStoreTest {
  private static final Instant T0 = Instant.parse("2026-11-20T08:15:30.123456789Z");

  @Parameter Dialect dialect;
  @TempDir Path tempDir;
  private TestDatabases.Target target;

  @BeforeEach
  void database(TestDatabases.Factory databases) throws Exception {
    target = databases.create(dialect, tempDir);
  }

  @Test
  void anAssessmentComesBackAsItWasRecorded() {
    Assessment original = SampleAssessments.homelab("homelab", T0, 2);
    assertThat(original.findings()).extracting(Finding::status).contains(Status.values());
    assertThat(original.findings()).anyMatch(f -> f.location().isEmpty());
    assertThat(original.categories()).anyMatch(c -> c.score().isEmpty());
    try (HistoryStore store = target.open()) {
      long id = store.record(original, T0.plusSeconds(5));

      assertThat(store.assessment(id)).contains(original);
      assertThat(store.latest("homelab")).contains(original);
      assertThat(store.findings(id)).isEqualTo(original.findings());
      String stored =
          store
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT assessment_json FROM assessment WHERE id = :id")
                          .bind("id", id)
                          .mapTo(String.class)
                          .one());
      assertThat(stored).isEqualTo(Json.write(original));
    }
  }

  @Test
  void latestAndPreviousFollowTheTimeOfCollectionNotOfRecording() {
    try (HistoryStore store = target.open()) {
      long second = store.record(SampleAssessments.homelab("homelab", T0.plusSeconds(60), 3), T0);
      long first = store.record(SampleAssessments.homelab("homelab", T0, 4), T0);
      long third = store.record(SampleAssessments.homelab("homelab", T0.plusSeconds(120), 1), T0);
      store.record(SampleAssessments.homelab("other", T0.plusSeconds(600), 6), T0);

      assertThat(store.latest("homelab").orElseThrow().collectedAt())
          .isEqualTo(T0.plusSeconds(120));
      assertThat(store.previousBefore("homelab", third).orElseThrow().collectedAt())
          .isEqualTo(T0.plusSeconds(60));
      assertThat(store.previousBefore("homelab", second).orElseThrow().collectedAt()).isEqualTo(T0);
      assertThat(store.previousBefore("homelab", first)).isEmpty();
      assertThat(store.latest("nobody")).isEmpty();
      assertThat(store.trend("homelab", 10))
          .extracting(HistoryEntry::id)
          .containsExactly(first, second, third);
      assertThat(store.trend("homelab", 2))
          .extracting(HistoryEntry::id)
          .containsExactly(second, third);
    }
  }

  @Test
  void assessmentsCollectedAtTheSameTimeKeepTheOrderTheyWereRecordedIn() {
    try (HistoryStore store = target.open()) {
      long earlier = store.record(SampleAssessments.homelab("homelab", T0, 5), T0);
      long later = store.record(SampleAssessments.homelab("homelab", T0, 0), T0);

      assertThat(store.latest("homelab").orElseThrow())
          .isEqualTo(store.assessment(later).orElseThrow());
      assertThat(store.previousBefore("homelab", later)).isEqualTo(store.assessment(earlier));
      assertThat(store.trend("homelab", 5))
          .extracting(HistoryEntry::id)
          .containsExactly(earlier, later);
    }
  }

  @Test
  void aTrendEntryCarriesTheScoresAndProblemCountsOfItsAssessment() {
    Assessment broken = SampleAssessments.homelab("homelab", T0, 4);
    Assessment healthy = SampleAssessments.healthy("homelab", T0.plusSeconds(3600));
    try (HistoryStore store = target.open()) {
      store.record(broken, T0);
      store.record(healthy, T0);

      List<HistoryEntry> trend = store.trend("homelab", 10);
      assertThat(trend).hasSize(2);
      assertEntryDescribes(trend.get(0), broken);
      assertEntryDescribes(trend.get(1), healthy);
      assertThat(trend.get(0).productionReady()).isFalse();
      assertThat(trend.get(1).productionReady()).isTrue();
      // 4 broken routes and 2 other failures; 1 expiring certificate; monitoring not reachable.
      assertThat(trend.get(0).failing()).isEqualTo(6);
      assertThat(trend.get(0).warnings()).isEqualTo(1);
      assertThat(trend.get(0).unverified()).isEqualTo(1);
      assertThat(trend.get(1).problems()).isZero();
      // The columns keep milliseconds in both dialects; the JSON keeps the exact time.
      assertThat(trend.get(0).collectedAt()).isEqualTo(T0.truncatedTo(ChronoUnit.MILLIS));
    }
  }

  @Test
  void theViewShowsEachScoreWithItsChange() {
    try (HistoryStore store = target.open()) {
      for (int broken = 6; broken >= 3; broken--) {
        store.record(
            SampleAssessments.homelab("homelab", T0.plusSeconds(60L * (6 - broken)), broken), T0);
      }
      List<HistoryEntry> all = store.trend("homelab", 10);

      HistoryView view = store.view("homelab", 2);

      assertThat(view.inventory()).isEqualTo("homelab");
      assertThat(view.rows())
          .extracting(HistoryView.Row::id)
          .containsExactly(all.get(2).id(), all.get(3).id());
      assertThat(view.rows().get(0).delta()).isPresent();
      assertThat(view.rows().get(0).delta().orElseThrow())
          .isPositive()
          .isCloseTo(
              all.get(2).score() - all.get(1).score(), org.assertj.core.data.Offset.offset(0.051));
      assertThat(store.view("homelab", 10).rows().get(0).delta()).isEmpty();
    }
  }

  @Test
  void aFailedWriteLeavesNoTraceOfTheAssessment() {
    Assessment good = SampleAssessments.homelab("homelab", T0, 1);
    Assessment bad =
        withLastSubjectMissing(SampleAssessments.homelab("homelab", T0.plusSeconds(60), 0));
    try (HistoryStore store = target.open()) {
      long id = store.record(good, T0);

      assertThatThrownBy(() -> store.record(bad, T0)).hasMessageContaining("subject");

      assertThat(store.latest("homelab")).contains(good);
      assertThat(store.trend("homelab", 10)).extracting(HistoryEntry::id).containsExactly(id);
      assertThat(count(store, "assessment")).isEqualTo(1);
      assertThat(count(store, "category_score")).isEqualTo(good.categories().size());
      assertThat(count(store, "finding")).isEqualTo(good.findings().size());
    }
  }

  @Test
  void reopeningRunsNoMigrationTwiceAndKeepsTheData() {
    long id;
    int migrations;
    try (HistoryStore store = target.open()) {
      id = store.record(SampleAssessments.homelab("homelab", T0, 2), T0);
      migrations = count(store, "flyway_schema_history");
    }
    for (int reopen = 0; reopen < 2; reopen++) {
      try (HistoryStore store = target.open()) {
        assertThat(count(store, "flyway_schema_history")).isEqualTo(migrations).isPositive();
        assertThat(store.findings(id))
            .hasSize(SampleAssessments.homelab("homelab", T0, 2).findings().size());
      }
    }
  }

  @Test
  void twoStoresWritingAtOnceLoseNothing() throws Exception {
    int each = 12;
    try (HistoryStore one = target.open();
        HistoryStore two = target.open()) {
      List<Thread> writers = new ArrayList<>();
      List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      for (HistoryStore store : List.of(one, two)) {
        int offset = writers.size() * 1000;
        Thread writer =
            Thread.ofPlatform()
                .start(
                    () -> {
                      for (int i = 0; i < each; i++) {
                        store.record(
                            SampleAssessments.homelab("homelab", T0.plusSeconds(offset + i), i % 7),
                            T0);
                      }
                    });
        writer.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        writers.add(writer);
      }
      for (Thread writer : writers) {
        writer.join();
      }

      assertThat(failures).isEmpty();
      List<HistoryEntry> trend = one.trend("homelab", 100);
      assertThat(trend).hasSize(2 * each);
      for (HistoryEntry entry : trend) {
        assertThat(two.findings(entry.id())).hasSize(count(one, "finding") / (2 * each));
      }
    }
  }

  @Test
  void askingAboutAnUnknownAssessmentSaysSo() {
    try (HistoryStore store = target.open()) {
      assertThat(store.assessment(42)).isEmpty();
      assertThatThrownBy(() -> store.previousBefore("homelab", 42))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the history holds no assessment with id 42");
      assertThatThrownBy(() -> store.findings(42)).hasMessageContaining("no assessment with id 42");
      assertThatThrownBy(() -> store.trend("homelab", 0)).hasMessageContaining("at least 1");
    }
  }

  private static void assertEntryDescribes(HistoryEntry entry, Assessment assessment) {
    assertThat(entry.score()).isEqualTo(assessment.grade().score());
    assertThat(entry.letter()).isEqualTo(assessment.grade().letter());
    assertThat(entry.productionReady()).isEqualTo(assessment.grade().productionReady());
    for (CategoryScore category : assessment.categories()) {
      assertThat(Optional.ofNullable(entry.categories().get(category.id())))
          .as(category.id().id())
          .isEqualTo(category.score());
    }
    assertThat(entry.categories().keySet())
        .doesNotContainNull()
        .allMatch(Category.class::isInstance);
  }

  private static Assessment withLastSubjectMissing(Assessment assessment) {
    List<Finding> findings = new ArrayList<>(assessment.findings());
    Finding last = findings.removeLast();
    findings.add(
        new Finding(
            last.check(),
            last.category(),
            last.status(),
            last.severity(),
            null,
            last.message(),
            last.location(),
            last.evidence(),
            last.fix(),
            last.waiver()));
    return new Assessment(
        assessment.inventory(),
        assessment.collectedAt(),
        assessment.grade(),
        assessment.categories(),
        findings,
        assessment.gapPlan(),
        assessment.claims(),
        assessment.evidenceSha256());
  }

  private static int count(HistoryStore store, String table) {
    return store
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
  }
}
