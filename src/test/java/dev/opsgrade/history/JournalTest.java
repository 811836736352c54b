package dev.opsgrade.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.Acceptances;
import dev.opsgrade.acceptance.DrillRecord;
import dev.opsgrade.acceptance.Inventories;
import dev.opsgrade.acceptance.JournalChain;
import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.JournalKind;
import dev.opsgrade.acceptance.JournalVerification;
import dev.opsgrade.acceptance.JournalVerification.Problem;
import dev.opsgrade.acceptance.PhaseEvaluator;
import dev.opsgrade.acceptance.PhaseInputs;
import dev.opsgrade.acceptance.PhaseStatus;
import dev.opsgrade.model.Waiver;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The journal's chain in SQLite and PostgreSQL, and tampering with its rows by plain SQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
@ExtendWith(TestDatabases.class)
class JournalTest {
  private static final Instant T0 = Instant.parse("2026-12-04T06:00:00.123456Z");

  @Parameter Dialect dialect;
  @TempDir Path tempDir;
  private TestDatabases.Target target;

  @BeforeEach
  void database(TestDatabases.Factory databases) throws Exception {
    target = databases.create(dialect, tempDir);
  }

  /** Five entries of every kind the commands write. */
  private static void fill(HistoryStore store) {
    long first = store.record(SampleAssessments.homelab("homelab", T0, 2), T0.plusSeconds(1));
    store
        .records()
        .recordAcceptance(
            Acceptances.conditional("2A", T0.plusSeconds(60), LocalDate.parse("2027-01-15")));
    store
        .journal()
        .append(
            "homelab",
            JournalKind.WAIVER,
            "sec.privileged master/netdata",
            new Waiver(
                "sec.privileged",
                "master/netdata",
                "sensors",
                "j.doe",
                LocalDate.parse("2027-03-31")),
            T0.plusSeconds(120));
    store.record(
        SampleAssessments.homelab("homelab", T0.plusSeconds(3600), 1), T0.plusSeconds(3601));
    assertThat(first).isPositive();
  }

  private static void sql(HistoryStore store, String... statements) {
    store
        .jdbi()
        .useHandle(
            h -> {
              for (String statement : statements) {
                h.execute(statement);
              }
            });
  }

  @Test
  void everyRecordIsJournaledInOneIntactChain() {
    try (HistoryStore store = target.open()) {
      fill(store);

      List<JournalEntry> entries = store.journal().entries();
      JournalVerification verification = store.journal().verify();

      assertThat(entries)
          .extracting(JournalEntry::seq, JournalEntry::kind, JournalEntry::subject)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1L, "assessment", "assessment 1"),
              org.assertj.core.groups.Tuple.tuple(2L, "acceptance", "2A"),
              org.assertj.core.groups.Tuple.tuple(3L, "phase", "2A"),
              org.assertj.core.groups.Tuple.tuple(4L, "waiver", "sec.privileged master/netdata"),
              org.assertj.core.groups.Tuple.tuple(5L, "assessment", "assessment 2"));
      assertThat(entries.get(0).prevHash()).isEqualTo(JournalChain.GENESIS);
      for (int i = 1; i < entries.size(); i++) {
        assertThat(entries.get(i).prevHash()).isEqualTo(entries.get(i - 1).hash());
      }
      assertThat(entries.get(0).payload()).contains("\"assessment_id\":1").doesNotContain("\n");
      assertThat(entries.get(2).payload()).contains("\"to\":\"CONDITIONALLY_ACCEPTED\"");
      assertThat(verification.intact()).isTrue();
      assertThat(verification.head()).contains(entries.getLast());
    }
  }

  @Test
  void anEditedPayloadBreaksTheChainAtThatEntry() {
    try (HistoryStore store = target.open()) {
      fill(store);

      sql(
          store,
          "UPDATE journal SET payload = REPLACE(payload, 'j.doe', 'someone.else') WHERE seq = 2");
      JournalVerification verification = store.journal().verify();

      assertThat(verification.intact()).isFalse();
      assertThat(verification.breaks())
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.seq()).isEqualTo(2);
                assertThat(b.problem()).isEqualTo(Problem.EDITED);
                assertThat(b.message()).contains("entry #2 (acceptance, 2A) was changed");
              });
    }
  }

  @Test
  void aDeletedEntryBreaksTheChainWhereItWas() {
    try (HistoryStore store = target.open()) {
      fill(store);

      sql(store, "DELETE FROM journal WHERE seq = 3");
      JournalVerification verification = store.journal().verify();

      assertThat(verification.firstBreak())
          .hasValueSatisfying(
              b -> {
                assertThat(b.seq()).isEqualTo(3);
                assertThat(b.problem()).isEqualTo(Problem.DELETED);
                assertThat(b.message())
                    .isEqualTo("entry #3 is missing: deleted (the chain goes on at #4)");
              });
      assertThat(verification.breaks()).hasSize(1);
    }
  }

  @Test
  void twoEntriesWhoseSeqWereSwappedAreFoundReordered() {
    try (HistoryStore store = target.open()) {
      fill(store);

      sql(
          store,
          "UPDATE journal SET seq = -1 WHERE seq = 2",
          "UPDATE journal SET seq = 2 WHERE seq = 4",
          "UPDATE journal SET seq = 4 WHERE seq = -1");
      JournalVerification verification = store.journal().verify();

      assertThat(verification.breaks())
          .extracting(JournalVerification.Break::seq, JournalVerification.Break::problem)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(2L, Problem.REORDERED),
              org.assertj.core.groups.Tuple.tuple(4L, Problem.REORDERED));
      assertThat(verification.firstBreak().orElseThrow().message())
          .isEqualTo("entry #2 was written as entry #4: the entries were reordered");
    }
  }

  @Test
  void anEntryRewrittenWithAFreshHashBreaksTheLinkToTheNext() {
    try (HistoryStore store = target.open()) {
      fill(store);
      JournalEntry original = store.journal().entries().get(3);
      JournalEntry forged =
          JournalChain.next(
              original.seq() - 1,
              original.prevHash(),
              original.at(),
              original.inventory(),
              original.kind(),
              original.subject(),
              original.payload().replace("2027-03-31", "2099-12-31"));

      store
          .jdbi()
          .useHandle(
              h ->
                  h.createUpdate("UPDATE journal SET payload = :p, hash = :h WHERE seq = 4")
                      .bind("p", forged.payload())
                      .bind("h", forged.hash())
                      .execute());
      JournalVerification verification = store.journal().verify();

      assertThat(verification.breaks())
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.seq()).isEqualTo(5);
                assertThat(b.problem()).isEqualTo(Problem.RELINKED);
              });
    }
  }

  @Test
  void twoWritersAtOnceExtendOneChain() throws Exception {
    int each = 15;
    try (HistoryStore one = target.open();
        HistoryStore two = target.open()) {
      List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
      List<Thread> writers = new ArrayList<>();
      for (HistoryStore store : List.of(one, two)) {
        String name = "writer-" + writers.size();
        Thread writer =
            Thread.ofPlatform()
                .start(
                    () -> {
                      for (int i = 0; i < each; i++) {
                        store
                            .journal()
                            .append(
                                "homelab", JournalKind.DRILL, name, List.of(i), T0.plusSeconds(i));
                      }
                    });
        writer.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        writers.add(writer);
      }
      for (Thread writer : writers) {
        writer.join();
      }

      assertThat(failures).isEmpty();
      assertThat(one.journal().entries())
          .extracting(JournalEntry::seq)
          .hasSize(2 * each)
          .doesNotHaveDuplicates();
      assertThat(two.journal().verify().intact()).isTrue();
    }
  }

  @Test
  void acceptancesDrillsAndPhaseChangesComeBackAsRecorded() {
    AcceptanceRecord override = Acceptances.override("2B", T0, "the backlog is tracked in 3A");
    DrillRecord drill =
        new DrillRecord(
            "homelab",
            "master-daily",
            T0,
            true,
            Optional.of(840L),
            List.of(".docs/DR.md"),
            "200 files restored");
    PhaseStatus inProgress =
        PhaseEvaluator.evaluate(
            new PhaseInputs(
                Inventories.phase("3A", "phases/PHASE-3A", List.of(), List.of()),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                4,
                1,
                LocalDate.parse("2026-12-04")));
    try (HistoryStore store = target.open()) {
      store.records().recordAcceptance(override);
      store.records().recordDrill(drill);

      List<JournalEntry> first =
          store.journal().recordPhaseChanges("homelab", List.of(inProgress), T0);
      List<JournalEntry> again =
          store.journal().recordPhaseChanges("homelab", List.of(inProgress), T0.plusSeconds(60));

      assertThat(store.records().acceptances("homelab")).containsExactly(override);
      assertThat(store.records().acceptances("elsewhere")).isEmpty();
      assertThat(store.records().drills("homelab")).containsExactly(drill);
      assertThat(first)
          .singleElement()
          .satisfies(e -> assertThat(e.payload()).contains("\"to\":\"IN_PROGRESS\""));
      assertThat(again).isEmpty();
      assertThat(store.journal().entries())
          .extracting(JournalEntry::kind)
          .containsExactly("acceptance", "phase", "drill", "phase");
      assertThat(store.journal().verify().intact()).isTrue();
    }
  }

  @Test
  void aFileMoveThatFailsLeavesNoRecordAndNoEntry() {
    try (HistoryStore store = target.open()) {
      AcceptanceRecord record = Acceptances.full("2A", T0);

      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  store
                      .records()
                      .recordAcceptance(
                          record,
                          () -> {
                            throw new IllegalStateException("disk full");
                          }))
          .hasMessageContaining("disk full");

      assertThat(store.records().acceptances("homelab")).isEmpty();
      assertThat(store.journal().entries()).isEmpty();
    }
  }
}
