package dev.opsgrade.serve.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.report.html.Html;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard over real HTTP: hostile names stay text, forms need the session's CSRF token,
 * downloads stay inside the reports folder, badges do not reveal which services exist, /metrics
 * needs its token, and the planted password and token appear in no response, log or database.
 */
class DashboardSecurityTest {
  private static final List<String> PAGES =
      List.of("/", "/services", "/findings", "/claims", "/phases", "/reports", "/history");

  @TempDir Path temp;
  private DashboardFixture fixture;
  private Web web;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private PrintStream stderr;
  private PrintStream stdout;
  private final List<HttpResponse<String>> seen = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    stderr = System.err;
    stdout = System.out;
    System.setErr(new PrintStream(new Tee(stderr, log), true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(new Tee(stdout, log), true, StandardCharsets.UTF_8));
    fixture = new DashboardFixture(temp);
    web = new Web(fixture);
  }

  @AfterEach
  void stop() throws IOException {
    fixture.close();
    System.setErr(stderr);
    System.setOut(stdout);
    String logged = log.toString(StandardCharsets.UTF_8);
    for (String secret : List.of(DashboardFixture.PASSWORD, DashboardFixture.METRICS_TOKEN)) {
      assertThat(logged).doesNotContain(secret);
      for (HttpResponse<String> response : seen) {
        assertThat(response.body()).doesNotContain(secret);
        assertThat(response.headers().map().toString()).doesNotContain(secret);
      }
      try (var files = Files.walk(fixture.dir.resolve(".opsgrade"))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
              .as(file.toString())
              .doesNotContain(secret);
        }
      }
    }
  }

  private HttpResponse<String> get(String path) {
    return keep(web.get(path));
  }

  private HttpResponse<String> post(String path, Map<String, String> form) {
    return keep(web.post(path, form));
  }

  private HttpResponse<String> keep(HttpResponse<String> response) {
    seen.add(response);
    return response;
  }

  @Test
  void everyHostileNameIsShownAsText() {
    keep(web.login());
    StringBuilder all = new StringBuilder();
    for (String page : PAGES) {
      HttpResponse<String> response = get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      String body = response.body();
      assertThat(body)
          .as(page)
          .doesNotContain("<script", "<img", "<iframe", "<svg onload", "<b onmouseover", "<u>");
      for (String hostile : DashboardFixture.HOSTILE) {
        assertThat(body).as(page).doesNotContain(hostile);
      }
      all.append(body);
    }
    for (String hostile : DashboardFixture.HOSTILE) {
      assertThat(all.toString()).as(hostile).contains(Html.escape(hostile));
    }
  }

  @Test
  void pagesCarryTheSecurityHeadersAndTheCookieIsHttpOnlyAndStrict() {
    HttpResponse<String> login = keep(web.login());
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("HttpOnly")
        .contains("SameSite=Strict")
        .contains("Path=/");
    HttpResponse<String> page = get("/");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("script-src");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void anonymousRequestsAreRefusedAndAWrongPasswordGivesNoSession() {
    for (String page : PAGES) {
      HttpResponse<String> response = get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(303);
      assertThat(response.headers().firstValue("Location")).contains("/login");
      assertThat(response.body()).doesNotContain("homelab");
    }
    assertThat(post("/assess", Map.of()).statusCode()).isEqualTo(401);
    assertThat(fixture.assessmentsRequested).isEmpty();

    HttpResponse<String> wrong = keep(web.login("not-the-password"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(get("/").statusCode()).isEqualTo(303);
    assertThat(get("/healthz").statusCode()).isEqualTo(200);
    assertThat(get("/readyz").statusCode()).isEqualTo(200);
  }

  @Test
  void repeatedFailedLoginsAreThrottledEvenForTheRightPassword() {
    for (int i = 0; i < DashboardServer.LOGIN_FAILURES; i++) {
      assertThat(keep(web.login("guess-" + i)).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> right = keep(web.login());
    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void aSignOffWithoutTheSessionsCsrfTokenRecordsNothing() throws IOException {
    Web other = new Web(fixture);
    keep(other.login());
    String foreign = other.csrf("/phases");
    keep(web.login());
    String token = web.csrf("/phases");
    Map<String, String> form = Web.form("by", "<script>alert(9)</script>Jane", "kind", "full");

    assertThat(post("/phases/2A/signoff", form).statusCode()).isEqualTo(403);
    Map<String, String> wrong = new java.util.HashMap<>(form);
    wrong.put("csrf", token.substring(1) + "0");
    assertThat(post("/phases/2A/signoff", wrong).statusCode()).isEqualTo(403);
    wrong.put("csrf", foreign);
    assertThat(post("/phases/2A/signoff", wrong).statusCode()).isEqualTo(403);
    assertThat(fixture.history.records().acceptances("homelab")).isEmpty();
    assertThat(fixture.dir.resolve("phases/PHASE-2A/USER_ACCEPTANCE.md")).doesNotExist();

    Map<String, String> good = new java.util.HashMap<>(form);
    good.put("csrf", token);
    HttpResponse<String> signed = post("/phases/2A/signoff", good);
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(303);
    assertThat(fixture.history.records().acceptances("homelab"))
        .singleElement()
        .satisfies(a -> assertThat(a.acceptedBy()).isEqualTo("<script>alert(9)</script>Jane"));
    assertThat(fixture.dir.resolve("phases/PHASE-2A/USER_ACCEPTANCE.md")).exists();
    String phases = get("/phases").body();
    assertThat(phases).doesNotContain("<script").contains("&lt;script&gt;alert(9)");
  }

  @Test
  void reportDownloadsStayInsideTheReportsFolder() throws IOException {
    Path reports = fixture.dir.resolve("reports");
    Files.createSymbolicLink(reports.resolve("link.md"), Path.of("../secrets/dashboard-password"));
    Files.createSymbolicLink(reports.resolve("linkdir"), Path.of("../secrets"));
    keep(web.login());

    HttpResponse<String> report = get("/reports/SECURITY_AUDIT_2026-12-04.md");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;");
    assertThat(report.body())
        .isEqualTo(Files.readString(reports.resolve("SECURITY_AUDIT_2026-12-04.md")));
    assertThat(get("/reports").body())
        .contains("SECURITY_AUDIT_2026-12-04.md")
        .doesNotContain("link.md", "linkdir");

    for (String attack :
        List.of(
            "/reports/../opsgrade.yaml",
            "/reports/..%2fopsgrade.yaml",
            "/reports/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
            "/reports/%2e%2e/opsgrade.yaml",
            "/reports/%2e%2e%2fsecrets%2fdashboard-password",
            "/reports/..%5csecrets%5cdashboard-password",
            "/reports//etc/passwd",
            "/reports/%2Fetc%2Fpasswd",
            "/reports/link.md",
            "/reports/linkdir/dashboard-password",
            "/reports/.%2e/secrets/dashboard-password",
            "/reports/%252e%252e%252fopsgrade.yaml")) {
      HttpResponse<String> response = get(attack);
      assertThat(response.statusCode()).as(attack).isIn(400, 404);
      assertThat(response.body())
          .as(attack)
          .doesNotContain("name: homelab")
          .doesNotContain("root:x:0");
    }
  }

  @Test
  void badgesAnswerOnlyForPublicRoutesAndEndpointsAndEveryOtherNameLooksTheSame() {
    HttpResponse<String> badge = get("/badge/status-page.svg");
    assertThat(badge.statusCode()).isEqualTo(200);
    assertThat(badge.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("image/svg+xml");
    assertThat(badge.body()).startsWith("<svg").contains("status-page").contains("100.00%");
    HttpResponse<String> routeBadge = get("/badge/" + DashboardFixture.PUBLIC_ROUTE + ".svg");
    assertThat(routeBadge.statusCode()).as("a route named in serve.public_badges").isEqualTo(200);
    assertThat(routeBadge.body()).startsWith("<svg").contains(DashboardFixture.PUBLIC_ROUTE);

    HttpResponse<String> missing = get("/no-such-page");
    assertThat(missing.statusCode()).isEqualTo(404);
    for (String name :
        List.of(
            "secret-admin.svg",
            "nothing.svg",
            "status-page",
            "status-page.png",
            "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3Ewiki%40docker.svg",
            "%3Cscript%3Ealert('ep')%3C%2Fscript%3E.svg",
            "STATUS-PAGE.svg")) {
      HttpResponse<String> response = get("/badge/" + name);
      assertThat(response.statusCode()).as(name).isEqualTo(404);
      assertThat(response.body()).as(name).isEqualTo(missing.body());
      assertThat(response.headers().firstValue("Content-Type"))
          .as(name)
          .isEqualTo(missing.headers().firstValue("Content-Type"));
      assertThat(headerNames(response)).as(name).isEqualTo(headerNames(missing));
    }
  }

  @Test
  void metricsNeedTheBearerToken() {
    for (Map<String, String> headers :
        List.of(
            Map.<String, String>of(),
            Map.of("Authorization", "Bearer wrong"),
            Map.of("Authorization", "Bearer " + DashboardFixture.METRICS_TOKEN + "x"),
            Map.of("Authorization", DashboardFixture.METRICS_TOKEN))) {
      HttpResponse<String> response = keep(web.get("/metrics", headers));
      assertThat(response.statusCode()).as(headers.toString()).isEqualTo(401);
      assertThat(response.body()).doesNotContain("opsgrade_grade");
    }
    HttpResponse<String> metrics =
        keep(
            web.get(
                "/metrics", Map.of("Authorization", "Bearer " + DashboardFixture.METRICS_TOKEN)));
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("opsgrade_grade{inventory=\"homelab\"}")
        .contains("opsgrade_category_score{category=\"availability\",inventory=\"homelab\"}")
        .contains(
            "opsgrade_check_results{check=\"avail.latency\",inventory=\"homelab\",status=\"warn\"} 1")
        .contains("opsgrade_probe_up{monitor=\"status-page\"} 1")
        .contains("opsgrade_probe_latency_seconds{monitor=\"status-page\"}")
        .contains("opsgrade_probe_availability_ratio{monitor=\"status-page\",window=\"24h\"} 1")
        .contains("opsgrade_slo_error_budget_remaining_ratio{monitor=\"status-page\"} 1");
    assertThat(metrics.body())
        .containsPattern(
            "opsgrade_probe_availability_ratio\\{monitor=\"<img src=x onerror=alert\\(1\\)>wiki@docker\",window=\"24h\"\\} 0\\.7");
  }

  private static List<String> headerNames(HttpResponse<String> response) {
    return response.headers().map().keySet().stream()
        .filter(n -> !n.equalsIgnoreCase("date") && !n.equalsIgnoreCase("content-length"))
        .sorted()
        .toList();
  }
}
