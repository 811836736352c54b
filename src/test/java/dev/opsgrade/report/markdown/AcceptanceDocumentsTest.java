package dev.opsgrade.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.CriterionResult;
import dev.opsgrade.acceptance.DeliverableResult;
import dev.opsgrade.acceptance.JournalChain;
import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.acceptance.JournalVerifier;
import dev.opsgrade.report.GoldenFiles;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** USER_ACCEPTANCE.md of each kind of acceptance, and MEMORY_LOG.md, against golden files. */
class AcceptanceDocumentsTest {
  private static final Instant AT = Instant.parse("2026-12-04T10:15:00Z");
  private static final List<CriterionResult> MET =
      List.of(
          new CriterionResult(
              "avail.route-status", CriterionResult.Verdict.MET, 31, 0, 0, 0, List.of()),
          new CriterionResult(
              "sec.auth-coverage", CriterionResult.Verdict.MET, 11, 1, 0, 0, List.of()));
  private static final List<CriterionResult> UNMET =
      List.of(
          MET.getFirst(),
          new CriterionResult(
              "sec.auth-coverage",
              CriterionResult.Verdict.NOT_MET,
              10,
              0,
              2,
              0,
              List.of("wiki-admin@file", "portainer|admin@docker")),
          CriterionResult.notAssessed("mon.alert-delivery"));
  private static final List<DeliverableResult> DELIVERABLES =
      List.of(
          new DeliverableResult(
              "SERVICE_HEALTH_REPORT", Optional.of("reports/SERVICE_HEALTH_REPORT_2026-12-04.md")),
          new DeliverableResult(
              "SECURITY_AUDIT", Optional.of("phases/PHASE-2A/SECURITY_AUDIT.md")));

  private static AcceptanceRecord record(
      AcceptanceRecord.Kind kind,
      Optional<LocalDate> until,
      Optional<String> conditions,
      Optional<String> override,
      List<CriterionResult> criteria,
      List<DeliverableResult> deliverables) {
    return new AcceptanceRecord(
        "homelab",
        "2A",
        "Critical service fixes",
        AT,
        "Jane Doe (ops lead)",
        kind,
        until,
        conditions,
        override,
        new AcceptanceRecord.Assessed(
            Instant.parse("2026-12-04T06:00:00Z"),
            86.4,
            "A",
            true,
            "9f2c" + "0".repeat(56) + "a1b2"),
        criteria,
        deliverables,
        List.of(".docs/RUNBOOK.md"),
        "phases/PHASE-2A/USER_ACCEPTANCE.md",
        "");
  }

  @Test
  void anUnconditionalAcceptance() throws IOException {
    String text =
        UserAcceptanceDocument.render(
            record(
                AcceptanceRecord.Kind.FULL,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                MET,
                DELIVERABLES));

    GoldenFiles.assertMatches("user-acceptance.full.md", text);
  }

  @Test
  void aConditionalAcceptanceStatesItsConditionsAndDate() throws IOException {
    String text =
        UserAcceptanceDocument.render(
            record(
                AcceptanceRecord.Kind.CONDITIONAL,
                Optional.of(LocalDate.parse("2027-01-15")),
                Optional.of("wiki-admin gets Authelia <before> the *public* launch"),
                Optional.empty(),
                UNMET,
                List.of(
                    DELIVERABLES.getFirst(),
                    new DeliverableResult("SECURITY_AUDIT", Optional.empty()))));

    GoldenFiles.assertMatches("user-acceptance.conditional.md", text);
    assertThat(text).contains("&lt;before&gt; the \\*public\\* launch");
  }

  @Test
  void anOverrideNamesWhatWasNotMetAndWhy() throws IOException {
    String text =
        UserAcceptanceDocument.render(
            record(
                AcceptanceRecord.Kind.OVERRIDE,
                Optional.empty(),
                Optional.empty(),
                Optional.of("the wiki admin is reachable from the VPN only"),
                UNMET,
                List.of()));

    GoldenFiles.assertMatches("user-acceptance.override.md", text);
    assertThat(text)
        .contains(
            "Accepted although sec.auth-coverage not met, mon.alert-delivery not assessed. Reason"
                + " given: the wiki admin is reachable from the VPN only");
  }

  @Test
  void theMemoryLogListsEveryEntryAndTheChain() throws IOException {
    List<JournalEntry> entries = new ArrayList<>();
    String[][] rows = {
      {
        "assessment",
        "assessment 1",
        "{\"assessment_id\":1,\"collected_at\":\"2026-12-04T06:00:00Z\",\"score\":72.4,\"letter\":\"B\",\"production_ready\":false,\"evidence_sha256\":\"9f2c000000000000aa\"}"
      },
      {
        "waiver",
        "sec.privileged master/netdata",
        "{\"check\":\"sec.privileged\",\"subject\":\"master/netdata\",\"justification\":\"reads sensors\",\"approver\":\"j.doe\",\"expires\":\"2027-03-31\"}"
      },
      {
        "acceptance",
        "2A",
        "{\"phase\":\"2A\",\"accepted_by\":\"j.doe\",\"kind\":\"CONDITIONAL\",\"conditional_until\":\"2027-01-15\",\"assessed\":{\"letter\":\"B\"}}"
      },
      {
        "phase",
        "2A",
        "{\"phase\":\"2A\",\"name\":\"Critical service fixes\",\"from\":\"CRITERIA_MET\",\"to\":\"CONDITIONALLY_ACCEPTED\",\"label\":\"conditionally accepted until 2027-01-15\"}"
      },
      {"drill", "master-daily", "{\"target\":\"master-daily\",\"passed\":true}"},
      {"future-kind", "x", "not json | at all"}
    };
    for (String[] row : rows) {
      long seq = entries.size();
      String previous = entries.isEmpty() ? JournalChain.GENESIS : entries.getLast().hash();
      entries.add(
          JournalChain.next(
              seq, previous, AT.plusSeconds(60 * seq), "homelab", row[0], row[1], row[2]));
    }

    String text = MemoryLogDocument.render(entries, JournalVerifier.verify(entries));

    GoldenFiles.assertMatches("memory-log.md", text);
    assertThat(text).contains("Intact: 6 entries; head #6");
  }
}
