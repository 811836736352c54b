package dev.opsgrade.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.slo.MaintenanceWindow;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the dashboard asks of the daemon: assess now, declare maintenance, and readiness. */
class DashboardFormsTest {
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

  @Test
  void assessNowAsksTheDaemonOnce() {
    HttpResponse<String> response = web.post("/assess", Web.form("csrf", web.csrf("/")));
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).contains("/?assess=queued");
    assertThat(fixture.assessmentsRequested).hasSize(1);
    assertThat(web.get("/?assess=queued").body()).contains("An assessment was requested");
    assertThat(web.get("/?assess=%3Cscript%3E").body()).doesNotContain("<script");
  }

  @Test
  void maintenanceDeclaredOnTheDashboardSilencesTheBudgetForItsHours() {
    Instant start = Instant.now().minus(1, ChronoUnit.DAYS).minus(2, ChronoUnit.HOURS);
    Instant end = Instant.now().plus(1, ChronoUnit.HOURS);
    String before = budget(web.get("/services").body());
    assertThat(before).startsWith("none");

    HttpResponse<String> response =
        web.post(
            "/maintenance",
            Web.form(
                "csrf", web.csrf("/services"),
                "start", local(start),
                "end", local(end),
                "reason", "<i>upgrade</i> of the proxy"));
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(fixture.status.maintenanceWindows())
        .singleElement()
        .extracting(MaintenanceWindow::reason)
        .isEqualTo("<i>upgrade</i> of the proxy");
    String page = web.get("/services").body();
    assertThat(page).contains("&lt;i&gt;upgrade&lt;/i&gt; of the proxy").doesNotContain("<i>");
    assertThat(budget(page)).as("every probed hour is maintenance now").isEqualTo("-");

    HttpResponse<String> bad =
        web.post(
            "/maintenance",
            Web.form(
                "csrf",
                web.csrf("/services"),
                "start",
                local(end),
                "end",
                local(start),
                "reason",
                "x"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(fixture.status.maintenanceWindows()).hasSize(1);
  }

  @Test
  void readinessFollowsTheDaemon() {
    assertThat(web.get("/readyz").statusCode()).isEqualTo(200);
    fixture.status.ready(false);
    assertThat(web.get("/readyz").statusCode()).isEqualTo(503);
    assertThat(web.get("/healthz").statusCode()).isEqualTo(200);
  }

  /** The budget cell of the hostile route, the one that fails. */
  private static String budget(String page) {
    int row = page.indexOf("data-monitor=\"&lt;img");
    int cell = page.indexOf("data-label=\"Budget left\">", row);
    return page.substring(
        cell + "data-label=\"Budget left\">".length(), page.indexOf("</td>", cell));
  }

  private static String local(Instant at) {
    return at.truncatedTo(ChronoUnit.MINUTES).toString().replace("Z", "").substring(0, 16);
  }
}
