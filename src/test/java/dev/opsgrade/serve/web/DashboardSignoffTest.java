package dev.opsgrade.serve.web;

import static dev.opsgrade.model.Location.file;
import static dev.opsgrade.model.Location.url;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.acceptance.AcceptanceRecord;
import dev.opsgrade.acceptance.JournalEntry;
import dev.opsgrade.score.EstateBuilder;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-off form goes through `opsgrade accept`'s code: refused while a criterion fails,
 * accepted on conditions, journaled, USER_ACCEPTANCE.md written; a bad form records nothing.
 */
class DashboardSignoffTest {
  @TempDir Path temp;
  private DashboardFixture fixture;
  private Web web;

  @BeforeEach
  void start() throws IOException {
    fixture = new DashboardFixture(temp);
    web = new Web(fixture);
    web.login();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private void authStillOpen() {
    Instant at = Instant.now();
    fixture.history.record(
        new EstateBuilder()
            .pass("avail.route-status", "wiki", "200", url("https://wiki.example.net"))
            .fail(
                "sec.auth-coverage",
                "wiki-admin@file",
                "no auth",
                file("rules/wiki.yml", 7),
                "add authelia")
            .assess("still-open", at),
        at.plusSeconds(1));
  }

  private HttpResponse<String> signoff(String... pairs) {
    Map<String, String> form = Web.form(pairs);
    form.put("csrf", web.csrf("/phases"));
    return web.post("/phases/2A/signoff", form);
  }

  @Test
  void anUnconditionalSignOffIsRefusedWhileACriterionFailsAndOneOnConditionsIsRecorded()
      throws IOException {
    authStillOpen();

    HttpResponse<String> refused = signoff("by", "Jane", "kind", "full");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body())
        .contains("Refused: phase 2A cannot be accepted unconditionally")
        .contains("sec.auth-coverage not met");
    assertThat(fixture.history.records().acceptances("homelab")).isEmpty();

    String until = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();
    HttpResponse<String> accepted =
        signoff("by", "Jane", "kind", "conditional", "until", until, "reason", "VPN only for now");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(303);
    AcceptanceRecord record = fixture.history.records().acceptances("homelab").getFirst();
    assertThat(record.kind()).isEqualTo(AcceptanceRecord.Kind.CONDITIONAL);
    assertThat(record.conditionalUntil()).contains(LocalDate.parse(until));
    assertThat(record.conditions()).contains("VPN only for now");
    assertThat(fixture.history.journal().entries())
        .extracting(JournalEntry::kind)
        .endsWith("acceptance", "phase");
    assertThat(fixture.history.journal().verify().intact()).isTrue();
    Path document = fixture.dir.resolve("phases/PHASE-2A/USER_ACCEPTANCE.md");
    assertThat(Files.readString(document)).contains("VPN only for now");
    assertThat(web.get("/phases").body()).contains("conditionally accepted until " + until);
  }

  @Test
  void aFormThatDoesNotFitIsShownItsProblemAndRecordsNothing() {
    for (String[] form :
        new String[][] {
          {"by", "", "kind", "full"},
          {"by", "Jane", "kind", "conditional", "reason", "no date"},
          {"by", "Jane", "kind", "conditional", "until", "next week", "reason", "x"},
          {"by", "Jane", "kind", "override", "reason", "criteria are met"},
          {"by", "Jane", "kind", "sideways"}
        }) {
      HttpResponse<String> response = signoff(form);
      assertThat(response.statusCode()).as(String.join(",", form)).isEqualTo(400);
      assertThat(response.body()).contains("Not signed off: ");
    }
    HttpResponse<String> unknown =
        web.post(
            "/phases/9Z/signoff",
            Web.form("by", "Jane", "kind", "full", "csrf", web.csrf("/phases")));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("no phase &#39;9Z&#39;");
    assertThat(fixture.history.records().acceptances("homelab")).isEmpty();
  }
}
