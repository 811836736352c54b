package dev.opsgrade.report.markdown;

import static dev.opsgrade.model.Location.file;
import static dev.opsgrade.model.Location.url;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.acceptance.Acceptances;
import dev.opsgrade.acceptance.Corpus;
import dev.opsgrade.acceptance.Inventories;
import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.acceptance.AcceptancePass;
import dev.opsgrade.history.HistoryStore;
import dev.opsgrade.history.InventoryHistory;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.report.ReportFormat;
import dev.opsgrade.report.ReportSet;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.EstateBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phases and waivers of PRODUCTION_READY_ASSESSMENT, from the corpus's evidence. */
class AssessmentAcceptanceSectionsTest {
  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
  private static final String COMPOSE = "stacks/master/docker-compose.yml";

  @TempDir Path dir;

  @Test
  void theDocumentShowsEachPhaseAndEveryWaiverInForceExpiredOrMatchingNothing() throws Exception {
    Inventory inventory =
        Inventories.of(
            Corpus.copy(dir),
            List.of(
                Inventories.phase(
                    "2A",
                    "phases/PHASE-2A",
                    List.of("avail.route-status"),
                    List.of("SERVICE_HEALTH_REPORT")),
                Inventories.phase(
                    "2B",
                    "phases/PHASE-2B",
                    List.of("sec.auth-coverage"),
                    List.of("MONITORING_VALIDATION"))),
            Optional.of(".docs"));
    Files.writeString(
        dir.resolve("opsgrade-waivers.yaml"),
        """
        waivers:
          - check: sec.docker-socket
            subject: master/traefik
            justification: until the socket proxy of phase 3
            approver: j.doe
            expires: 2027-01-31
          - check: sec.privileged
            subject: master/netdata
            justification: reads the sensors
            approver: j.doe
            expires: 2026-11-30
          - check: sec.hsts
            subject: https://old.example.net
            justification: retired host
            approver: ops
            expires: 2027-06-30
        """);
    try (HistoryStore store =
        InventoryHistory.open(inventory, dir, InventoryHistory.secrets(Map.of(), dir))) {
      store.records().recordAcceptance(Acceptances.full("2A", NOW.minus(Duration.ofDays(1))));
    }
    Evidence evidence = Corpus.collect(inventory, NOW);
    List<Finding> checked =
        new EstateBuilder()
            .pass("avail.route-status", "wiki.example.net", "200", url("https://wiki.example.net"))
            .fail(
                "sec.auth-coverage",
                "wiki-admin@file",
                "no auth",
                file("rules/wiki.yml", 7),
                "add authelia")
            .fail(
                "sec.docker-socket",
                "master/traefik",
                "socket writable",
                file(COMPOSE, 21),
                "socket proxy")
            .fail("sec.privileged", "master/netdata", "privileged", file(COMPOSE, 41), "drop it")
            .assess("sections", NOW)
            .findings();
    List<Finding> findings =
        AcceptancePass.apply(evidence, checked, Catalogue.standard()).findings();
    Assessment assessment =
        Acceptances.scorer().score("homelab", NOW, findings, List.of(), "ab".repeat(32));

    String text =
        ReportSet.standard()
            .render(
                assessment, Optional.empty(), Optional.of(evidence), EnumSet.of(ReportFormat.MD))
            .getFirst()
            .content();

    assertThat(section(text, "## Phases and acceptance"))
        .isEqualTo(
            """
            ## Phases and acceptance

            | phase | name | state | criteria met | deliverables | sign-off |
            |---|---|---|---|---|---|
            | 2A | Phase 2A | accepted | 1 of 1 | 1 of 1 | j.doe, 2026-12-03 |
            | 2B | Phase 2B | in progress | 0 of 1 | 0 of 1 | - |

            Open for acceptance:

            - 2B: sec.auth-coverage not met: 1 of 1 do not pass: wiki-admin@file
            - 2B: deliverable MONITORING_VALIDATION missing from phases/PHASE-2B and the reports folder

            """);
    assertThat(section(text, "## Waivers"))
        .isEqualTo(
            """
            ## Waivers

            In force (scored as passed until they expire):

            | check | subject | until | approved by | justification |
            |---|---|---|---|---|
            | sec.docker-socket | master/traefik | 2027-01-31 | j.doe | until the socket proxy of phase 3 |

            Expired (the findings fail again):

            | check | subject | expired after | approved by | justification |
            |---|---|---|---|---|
            | sec.privileged | master/netdata | 2026-11-30 | j.doe | reads the sensors |

            Matching nothing (remove or correct them):

            | check | subject | until | approved by | why it matches nothing |
            |---|---|---|---|---|
            | sec.hsts | https://old.example.net | 2027-06-30 | ops | the assessment has no finding of check sec.hsts |

            """);
    assertThat(text).contains("waiver expired on 2026-11-30: privileged");
  }

  private static String section(String text, String heading) {
    int start = text.indexOf(heading);
    assertThat(start).as(heading).isNotNegative();
    int end = text.indexOf("\n## ", start + heading.length());
    return text.substring(start, end + 1);
  }
}
